package com.casebook.notification;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.casebook.points.PointReason;
import com.casebook.points.PointsLedger;
import com.casebook.points.Rewards;
import com.casebook.user.Role;
import com.casebook.user.UserAdministration;
import com.casebook.user.UserDirectory;
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

/**
 * With a mail server configured (here a local GreenMail, never a real one), notifications
 * are also e-mailed.
 */
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

	@Autowired
	Rewards rewards;

	@Autowired
	PointsLedger ledger;

	@Autowired
	UserDirectory directory;

	@Autowired
	MailChoices choices;

	@Test
	void aNotificationIsEmailedToAPersonWithAnAddress() throws Exception {
		String name = "mail" + System.nanoTime();
		long id = memberWithMailAddress(name);

		this.transactions
			.executeWithoutResult(tx -> this.notifications.notify(id, "published", List.of("邮件情景"), "/scenarios/1"));

		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(name + "@example.test");
		assertThat(message.getSubject()).contains("邮件情景");
		assertThat(message.getContent().toString()).contains("/scenarios/1");
	}

	@Test
	void aPersonWhoReadsInEnglishIsEmailedInEnglish() throws Exception {
		String name = "english" + System.nanoTime();
		long id = memberWithMailAddress(name);
		this.directory.rememberLanguage(id, Locale.ENGLISH);
		int before = mail.getReceivedMessages().length;

		this.transactions
			.executeWithoutResult(tx -> this.notifications.notify(id, "published", List.of("Mail scenario"), "/"));

		assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
		MimeMessage message = Arrays.stream(mail.getReceivedMessages())
			.filter(m -> addressedTo(m, name + "@example.test"))
			.findFirst()
			.orElseThrow();
		assertThat(message.getSubject()).contains("Mail scenario", "published").doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void aRejectedRedemptionIsEmailedToTheMember() throws Exception {
		String name = "redeemer" + System.nanoTime();
		long id = memberWithMailAddress(name);
		this.transactions.executeWithoutResult(
				tx -> this.ledger.write(id, 30, PointReason.SOLUTION_ADDED, "seed:" + name, null, null));
		long redemption = this.rewards.redeem(id, this.rewards.create("邮件奖品", null, 30, 1));
		long admin = this.jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
		int before = mail.getReceivedMessages().length;

		this.rewards.reject(redemption, admin, null);

		assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
		MimeMessage message = Arrays.stream(mail.getReceivedMessages())
			.filter(m -> addressedTo(m, name + "@example.test"))
			.findFirst()
			.orElseThrow();
		assertThat(message.getSubject()).contains("邮件奖品", "驳回");
		assertThat(message.getContent().toString()).contains("30 积分已退回", "/rewards");
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			return message.getAllRecipients()[0].toString().equals(address);
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	@Test
	void aKindTurnedOffStillRingsTheBellButIsNotEmailed() throws Exception {
		String name = "choosy" + System.nanoTime();
		long id = memberWithMailAddress(name);
		this.choices.choose(id, EnumSet.complementOf(EnumSet.of(MailChoices.Kind.WATCHED)));
		int before = mail.getReceivedMessages().length;

		this.transactions.executeWithoutResult(
				tx -> this.notifications.notify(id, "amended", List.of("Watched scenario"), "/scenarios/2"));
		this.transactions.executeWithoutResult(
				tx -> this.notifications.notify(id, "published", List.of("Own scenario"), "/scenarios/3"));

		// the second e-mail arriving means the first one had its chance to be sent
		assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, name + "@example.test")))
			.singleElement()
			.satisfies(m -> assertThat(m.getSubject()).contains("Own scenario"));
		assertThat(this.notifications.of(id, 10)).extracting(Notifications.Notification::type)
			.containsExactlyInAnyOrder("amended", "published");
		assertThat(this.choices.mailedTo(id)).doesNotContain(MailChoices.Kind.WATCHED)
			.contains(MailChoices.Kind.MY_WORK);
	}

	@Test
	void nobodyWithoutAnAddressIsEmailed() {
		String name = "nomail" + System.nanoTime();
		long id = this.administration
			.create(new UserAdministration.NewAccount(name, name, "mail-password-1", Role.MANAGER, null))
			.id();
		int before = mail.getReceivedMessages().length;
		this.transactions.executeWithoutResult(tx -> this.notifications.notify(id, "published", List.of("x"), "/"));
		assertThat(mail.getReceivedMessages()).hasSize(before);
	}

	/** A new manager called {@code name} whose address is {@code name@example.test}. */
	private long memberWithMailAddress(String name) {
		long id = this.administration
			.create(new UserAdministration.NewAccount(name, name, "mail-password-1", Role.MANAGER, null))
			.id();
		this.jdbc.sql("update user_account set email = :email where id = :id")
			.param("email", name + "@example.test")
			.param("id", id)
			.update();
		return id;
	}

}
