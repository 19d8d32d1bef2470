package com.casebook.user;

import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names and roles of people a page shows are read once and then come from memory; an
 * account written since is read again.
 */
@CasebookIntegrationTest
class PeopleInMemoryTest {

	@Autowired
	UserDirectory directory;

	@Autowired
	UserAdministration administration;

	@Autowired
	TestUsers users;

	@Test
	void peopleSeenBeforeAreNotReadAgain() throws Exception {
		List<Long> people = List.of(this.users.manager().getId(), this.users.editor().getId());
		this.directory.findAll(people);

		List<String> statements = SqlStatements.runDuring(() -> this.directory.findAll(people));

		assertThat(statements).noneMatch(sql -> sql.toLowerCase().contains("from user_account"));
		assertThat(this.directory.findAll(people)).containsOnlyKeys(people);
	}

	@Test
	void aRoleChangedSinceShowsOnTheNextRead() {
		CurrentUser person = this.users.newManager("remembered", null);
		assertThat(this.directory.findAll(List.of(person.getId())).get(person.getId()).role()).isEqualTo(Role.MANAGER);

		this.administration.changeRole(person.getId(), Role.EDITOR, this.users.user("admin").getId());

		assertThat(this.directory.findAll(List.of(person.getId())).get(person.getId()).role()).isEqualTo(Role.EDITOR);
	}

	@Test
	void anIdWithoutAnAccountIsLeftOut() {
		long manager = this.users.manager().getId();
		assertThat(this.directory.findAll(List.of(manager, Long.MAX_VALUE))).containsOnlyKeys(manager);
		assertThat(this.directory.findAll(List.of(manager, Long.MAX_VALUE))).containsOnlyKeys(manager);
	}

}
