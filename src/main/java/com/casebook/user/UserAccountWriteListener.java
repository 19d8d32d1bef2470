package com.casebook.user;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells the directory that JPA wrote an account, so that the names and roles it keeps are
 * read again. The one bulk update of accounts (the preferred language) changes nothing
 * the directory keeps.
 */
class UserAccountWriteListener {

	/** Looked up when needed: JPA makes this listener before the directory can exist. */
	private final ObjectProvider<UserDirectory> directory;

	UserAccountWriteListener(ObjectProvider<UserDirectory> directory) {
		this.directory = directory;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(UserAccount account) {
		this.directory.getObject().accountWritten(account.getId());
	}

}
