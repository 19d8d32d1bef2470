package com.casebook.user;

import java.util.Map;

/**
 * An admin changed an account: created it, changed its role, enabled or disabled it, or
 * reset its password (the password itself is never part of the event).
 */
public record AccountChanged(String action, long accountId, Map<String, Object> before, Map<String, Object> after) {
}
