package com.casebook.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.casebook.notification.Watches;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's watches in one list, each removable there ("my watches"). */
@Controller
class WatchesController {

	private final Watches watches;

	private final ScenarioCatalogue catalogue;

	private final Taxonomy taxonomy;

	WatchesController(Watches watches, ScenarioCatalogue catalogue, Taxonomy taxonomy) {
		this.watches = watches;
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
	}

	/** One watched scenario or tag as the list shows it. */
	record Watched(long id, String name, Instant since) {
	}

	@GetMapping("/my/watches")
	String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		List<Watches.Watch> all = this.watches.of(user.getId());
		List<Long> scenarioIds = ids(all, Watches.Target.SCENARIO);
		Map<Long, Scenario> scenarios = this.catalogue.findAll(scenarioIds);
		Map<Long, TagView> tags = this.taxonomy.tags(ids(all, Watches.Target.TAG))
			.stream()
			.collect(Collectors.toMap(TagView::id, Function.identity()));
		// a scenario that is gone or no longer visible to the person drops out of the
		// list
		model.addAttribute("scenarios",
				all.stream()
					.filter(w -> w.target() == Watches.Target.SCENARIO && scenarios.containsKey(w.targetId())
							&& this.catalogue.isVisibleTo(w.targetId(), user))
					.map(w -> new Watched(w.targetId(), scenarios.get(w.targetId()).getTitle(), w.since()))
					.toList());
		model.addAttribute("tags",
				all.stream()
					.filter(w -> w.target() == Watches.Target.TAG && tags.containsKey(w.targetId()))
					.map(w -> new Watched(w.targetId(), tags.get(w.targetId()).nameIn(locale), w.since()))
					.toList());
		return "notification/watches";
	}

	@PostMapping("/my/watches/{target}/{id}/remove")
	String remove(@PathVariable Watches.Target target, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.watches.unwatch(user.getId(), target, id);
		redirect.addFlashAttribute("notice", "watch.off");
		return "redirect:/my/watches";
	}

	private static List<Long> ids(List<Watches.Watch> all, Watches.Target target) {
		return all.stream().filter(w -> w.target() == target).map(Watches.Watch::targetId).toList();
	}

}
