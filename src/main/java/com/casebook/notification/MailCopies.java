package com.casebook.notification;

import java.util.List;
import java.util.Locale;

import com.casebook.user.UserDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail copies of notifications, only when a mail server is configured
 * ({@code spring.mail.host}) and the person has an address. Sent after the notification
 * is committed, of the kinds the person keeps on ({@link MailChoices}); a failing server
 * is logged, never passed on: the in-app notification is the one that counts.
 */
@Component
class MailCopies {

	private static final Logger log = LoggerFactory.getLogger(MailCopies.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final UserDirectory users;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	private final MailChoices choices;

	MailCopies(ObjectProvider<JavaMailSender> sender, UserDirectory users, MessageSource messages, MailChoices choices,
			@Value("${casebook.mail.from:casebook@localhost}") String from,
			@Value("${casebook.base-url:http://localhost:8080}") String baseUrl) {
		this.sender = sender;
		this.users = users;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
		this.choices = choices;
	}

	void send(long userId, String type, List<String> args, String link) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null || !this.choices.mails(userId, type)) {
			return;
		}
		this.users.emailOf(userId).ifPresent(address -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(address);
			// in the language the person reads Casebook in
			Locale language = this.users.languageOf(userId);
			String text = this.messages.getMessage("notification." + type, args.toArray(), language);
			message.setSubject(this.messages.getMessage("notification.mail.subject", new Object[] { text }, language));
			message.setText(text + "\n\n" + this.baseUrl + link);
			afterCommit(() -> {
				try {
					mail.send(message);
				}
				catch (MailException ex) {
					log.warn("Could not send the e-mail copy of a notification to user {}: {}", userId,
							ex.getMessage());
				}
			});
		});
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
