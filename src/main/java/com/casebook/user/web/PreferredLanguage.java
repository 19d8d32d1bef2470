package com.casebook.user.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A signed-in person who switches the language ({@code ?lang=en}, {@code ?lang=zh_CN})
 * keeps it on their profile, so what Casebook writes to them outside the browser (e-mail
 * copies) is in that language too.
 */
@Configuration(proxyBeanMethods = false)
class PreferredLanguage implements WebMvcConfigurer {

	private final UserDirectory directory;

	PreferredLanguage(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String wanted = request.getParameter("lang");
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (wanted != null && authentication != null
						&& authentication.getPrincipal() instanceof CurrentUser user) {
					String tag = wanted.replace('_', '-').toLowerCase(Locale.ROOT);
					if (tag.startsWith("en") || tag.startsWith("zh")) {
						PreferredLanguage.this.directory.rememberLanguage(user.getId(), Locale.forLanguageTag(tag));
					}
				}
				return true;
			}
		});
	}

}
