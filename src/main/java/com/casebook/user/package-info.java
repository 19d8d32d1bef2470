/**
 * Accounts, roles (READER &lt; MANAGER &lt; EDITOR &lt; ADMIN), sign-in with throttling,
 * the security configuration and the admin's user pages. Other modules see users through
 * {@link com.casebook.user.UserDirectory} and {@link com.casebook.user.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.casebook.user;
