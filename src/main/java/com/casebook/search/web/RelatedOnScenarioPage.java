package com.casebook.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.casebook.scenario.Scenario;
import com.casebook.search.RelatedScenarios;
import com.casebook.search.SimilarScenario;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(RelatedOnScenarioPage.class);

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
					page.addObject("related", related(scenario));
				}
			}
		}).addPathPatterns("/scenarios/*");
	}

	/**
	 * A side list: when the index cannot answer, the scenario page still shows, without
	 * it.
	 */
	private List<SimilarScenario> related(Scenario scenario) {
		try {
			return this.related.of(scenario, LIMIT);
		}
		catch (RuntimeException ex) {
			log.warn("Related scenarios of scenario {} left out: {}", scenario.getId(), ex.toString());
			return List.of();
		}
	}

}
