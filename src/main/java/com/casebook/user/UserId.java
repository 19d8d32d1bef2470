package com.casebook.user;

/**
 * The identity of an account, as other modules refer to it.
 */
public record UserId(long value) {
}
