/**
 * Notifications: the in-app bell and list, e-mail copies when a mail server is
 * configured, and watching scenarios and tags. Reacts to the events of the other modules
 * after they commit, asynchronously, so a failing notification never undoes the change it
 * reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "points", "taxonomy", "user" })
package com.casebook.notification;
