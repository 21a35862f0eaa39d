/**
 * Sign-in, roles, users and the login throttle.
 */
@ApplicationModule(displayName = "サインイン (security)")
package jp.shingikai.app.security;

import org.springframework.modulith.ApplicationModule;
