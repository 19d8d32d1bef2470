package com.casebook.notification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification reach a person by e-mail too. Every kind does until the
 * person turns it off on their profile; the bell gets every notification regardless.
 */
@Service
public class MailChoices {

	/** The kinds people choose between, each covering some notification types. */
	public enum Kind {

		/** What happened to one's own scenarios and solutions. */
		MY_WORK("published", "sentBack", "adopted", "applied"),
		/** Changes to the scenarios and tags one watches. */
		WATCHED("solutionAdded", "amended"),
		/** Scenarios one owns that are due for review. */
		REVIEW_DUE("reviewDue"),
		/** Points received. */
		POINTS("points", "pointsGrouped"),
		/** What became of one's reward redemptions. */
		REWARDS("redemptionFulfilled", "redemptionRejected", "redemptionRejectedWithNote"),
		/** Failed backups (admins). */
		BACKUPS("backupFailed");

		private final List<String> types;

		Kind(String... types) {
			this.types = List.of(types);
		}

		static Kind of(String type) {
			for (Kind kind : values()) {
				if (kind.types.contains(type)) {
					return kind;
				}
			}
			return null;
		}

	}

	private final JdbcClient jdbc;

	MailChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The kinds the person still receives by e-mail. */
	@Transactional(readOnly = true)
	public Set<Kind> mailedTo(long userId) {
		Set<Kind> mailed = EnumSet.allOf(Kind.class);
		mailed.removeAll(this.jdbc.sql("select kind from mail_opt_out where user_id = :user")
			.param("user", userId)
			.query(String.class)
			.list()
			.stream()
			.map(Kind::valueOf)
			.toList());
		return mailed;
	}

	/** Keeps exactly these kinds on for the person; the others are turned off. */
	@Transactional
	public void choose(long userId, Collection<Kind> mailed) {
		this.jdbc.sql("delete from mail_opt_out where user_id = :user").param("user", userId).update();
		for (Kind kind : Kind.values()) {
			if (!mailed.contains(kind)) {
				this.jdbc.sql("insert into mail_opt_out (user_id, kind) values (:user, :kind)")
					.param("user", userId)
					.param("kind", kind.name())
					.update();
			}
		}
	}

	/**
	 * Whether a notification of this type is e-mailed to the person; unknown types are.
	 */
	boolean mails(long userId, String type) {
		Kind kind = Kind.of(type);
		return kind == null || this.jdbc.sql("select count(*) from mail_opt_out where user_id = :user and kind = :kind")
			.param("user", userId)
			.param("kind", kind.name())
			.query(Long.class)
			.single() == 0;
	}

}
