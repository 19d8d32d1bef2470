package com.casebook.notification;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.casebook.user.Role;
import com.casebook.user.UserAdministration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** With a mail server configured (here a local GreenMail, never a real one), notifications are also e-mailed. */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
@ActiveProfiles("test")
class MailCopiesTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Notifications notifications;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNotificationIsEmailedToAPersonWithAnAddress() throws Exception {
		String name = "mail" + System.nanoTime();
		long id = this.administration.create(new UserAdministration.NewAccount(name, name, "mail-password-1", Role.MANAGER,
				null)).id();
		this.jdbc.sql("update user_account set email = :email where id = :id").param("email", name + "@example.test")
			.param("id", id).update();

		this.transactions.executeWithoutResult(tx -> this.notifications.notify(id, "published", List.of("邮件情景"), "/scenarios/1"));

		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(name + "@example.test");
		assertThat(message.getSubject()).contains("邮件情景");
		assertThat(message.getContent().toString()).contains("/scenarios/1");
	}

	@Test
	void nobodyWithoutAnAddressIsEmailed() {
		String name = "nomail" + System.nanoTime();
		long id = this.administration.create(new UserAdministration.NewAccount(name, name, "mail-password-1", Role.MANAGER,
				null)).id();
		int before = mail.getReceivedMessages().length;
		this.transactions.executeWithoutResult(tx -> this.notifications.notify(id, "published", List.of("x"), "/"));
		assertThat(mail.getReceivedMessages()).hasSize(before);
	}

}
