package com.casebook.scenario.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.MeasurementChecks;
import com.casebook.scenario.MeasurementChecks.Outlier;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' list of measured effects held back as outliers, and their confirmation
 * (from that list or from the scenario page).
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class MeasurementReviewController {

	private final MeasurementChecks checks;

	private final Taxonomy taxonomy;

	private final UserDirectory users;

	MeasurementReviewController(MeasurementChecks checks, Taxonomy taxonomy, UserDirectory users) {
		this.checks = checks;
		this.taxonomy = taxonomy;
		this.users = users;
	}

	@GetMapping("/review/measurements")
	String outliers(Model model) {
		var outliers = this.checks.unconfirmed();
		Map<Long, ReferenceView> kpis = this.taxonomy
			.references(outliers.stream().map(o -> o.measurement().kpiId()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ReferenceView::id, Function.identity()));
		model.addAttribute("outliers", outliers);
		model.addAttribute("kpis", kpis);
		model.addAttribute("people",
				this.users.findAll(outliers.stream()
					.map(Outlier::measurement)
					.map(m -> m.reportedBy())
					.filter(Objects::nonNull)
					.collect(Collectors.toSet())));
		return "scenario/measurement-review";
	}

	/**
	 * Confirms one held-back measurement, named by its figures; back to the scenario when
	 * confirmed there, else to the list.
	 */
	@PostMapping("/review/measurements/confirm")
	String confirm(@RequestParam long scenarioId, @RequestParam long solutionId, @RequestParam long kpiId,
			@RequestParam BigDecimal before, @RequestParam BigDecimal after, @RequestParam MeasureUnit unit,
			@RequestParam(required = false) Long reportedBy, @RequestParam(defaultValue = "list") String back,
			@AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		boolean confirmed = this.checks
			.confirm(new MeasurementChecks.Checked(solutionId, kpiId, before, after, unit, reportedBy), editor);
		redirect.addFlashAttribute("notice", confirmed ? "outliers.confirmed" : "outliers.notWaiting");
		return "scenario".equals(back) ? "redirect:/scenarios/" + scenarioId + "#solution-" + solutionId
				: "redirect:/review/measurements";
	}

}
