package com.casebook.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.casebook.scenario.Scenario;
import com.casebook.search.RelatedScenarios;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the related scenarios on the scenario page, which belongs to the scenario module
 * (that knows nothing of search): once its controller has chosen the page, and only for
 * that page, so no other request pays for the query.
 */
@Configuration(proxyBeanMethods = false)
class RelatedOnScenarioPage implements WebMvcConfigurer {

	static final String VIEW = "scenario/show";

	static final int LIMIT = 5;

	private final RelatedScenarios related;

	RelatedOnScenarioPage(RelatedScenarios related) {
		this.related = related;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				if (page != null && VIEW.equals(page.getViewName())
						&& page.getModel().get("scenario") instanceof Scenario scenario) {
					page.addObject("related", RelatedOnScenarioPage.this.related.of(scenario, LIMIT));
				}
			}
		}).addPathPatterns("/scenarios/*");
	}

}
