package com.casebook.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's category tree: create, rename, move, order, set the review interval, merge,
 * delete. A category that holds scenarios is never deleted, only merged into another,
 * which moves its scenarios (announced as {@link VocabularyMerges.CategoryMerged}, the
 * scenario module refiles them) and subcategories there in one transaction.
 */
@Service
@Transactional
public class CategoryCuration {

	private final CategoryRepository categories;

	private final Taxonomy taxonomy;

	private final FiledScenarios filed;

	private final ApplicationEventPublisher events;

	CategoryCuration(CategoryRepository categories, Taxonomy taxonomy, FiledScenarios filed,
			ApplicationEventPublisher events) {
		this.categories = categories;
		this.taxonomy = taxonomy;
		this.filed = filed;
		this.events = events;
	}

	public long create(Long parentId, String nameZh, String nameEn) {
		if (parentId != null) {
			load(parentId);
		}
		Category category = new Category(parentId, "?", "?", siblings(parentId).size() + 1);
		category.rename(nameZh, nameEn);
		long id = this.categories.save(category).getId();
		this.taxonomy.refreshNow();
		this.events.publishEvent(new CategoryChanged("created", id, Map.of(), describe(category)));
		return id;
	}

	public void rename(long id, String nameZh, String nameEn) {
		Category category = load(id);
		Map<String, Object> before = describe(category);
		category.rename(nameZh, nameEn);
		changed(id, "renamed", before, category, true);
	}

	/** Moves a category under another parent (null: to the top), as its last child. */
	public void move(long id, Long newParentId) {
		Category category = load(id);
		if (newParentId != null && (newParentId == id || subtree(id).contains(newParentId))) {
			throw new IllegalArgumentException("A category cannot move into itself or its subcategories");
		}
		Map<String, Object> before = describe(category);
		category.moveTo(newParentId, siblings(newParentId).size() + 1);
		changed(id, "moved", before, category, true);
	}

	/** Swaps a category with its neighbour above ({@code -1}) or below ({@code +1}). */
	public void shift(long id, int direction) {
		Category category = load(id);
		List<Category> siblings = new ArrayList<>(siblings(category.getParentId()));
		int index = siblings.indexOf(category);
		int other = index + Integer.signum(direction);
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return;
		}
		siblings.set(index, siblings.get(other));
		siblings.set(other, category);
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).setPosition(i + 1);
		}
		this.categories.flush();
		this.taxonomy.refreshNow();
		this.events.publishEvent(
				new CategoryChanged("reordered", id, Map.of("position", index + 1), Map.of("position", other + 1)));
	}

	public void setReviewInterval(long id, Integer days) {
		Category category = load(id);
		Map<String, Object> before = describe(category);
		category.setReviewIntervalDays(days);
		changed(id, "review-interval", before, category, false);
	}

	/**
	 * Deletes an empty category; one that holds scenarios or subcategories must be merged
	 * instead.
	 */
	public void delete(long id) {
		Category category = load(id);
		if (this.filed.countIn(Set.of(id)) > 0 || !siblings(id).isEmpty()) {
			throw new CategoryInUseException();
		}
		Map<String, Object> before = describe(category);
		this.categories.delete(category);
		this.categories.flush();
		this.taxonomy.refreshNow();
		this.events.publishEvent(new CategoryChanged("deleted", id, before, Map.of()));
	}

	/**
	 * Merges {@code sourceId} into {@code targetId}: its scenarios are filed under the
	 * target and its subcategories become the target's, then the source is deleted.
	 */
	public int merge(long sourceId, long targetId, long curatorId) {
		Category source = load(sourceId);
		Category target = load(targetId);
		if (sourceId == targetId || subtree(sourceId).contains(targetId)) {
			throw new IllegalArgumentException("A category cannot be merged into itself or its subcategories");
		}
		Map<String, Object> before = Map.of("source", describe(source), "target", describe(target));
		int moved = (int) this.filed.countIn(Set.of(sourceId));
		// the scenario module refiles its scenarios, through their aggregate, in this
		// transaction
		this.events.publishEvent(new VocabularyMerges.CategoryMerged(sourceId, targetId,
				new LocalizedName(source.getNameZh(), source.getNameEn()),
				new LocalizedName(target.getNameZh(), target.getNameEn()), curatorId));
		for (Category child : siblings(sourceId)) {
			child.moveTo(targetId, siblings(targetId).size() + 1);
		}
		this.categories.flush();
		this.categories.delete(source);
		this.categories.flush();
		this.taxonomy.refreshNow();
		this.events.publishEvent(new LabelsChanged(LabelsChanged.Kind.CATEGORY, subtree(targetId)));
		this.events.publishEvent(
				new CategoryChanged("merged", sourceId, before, Map.of("target", targetId, "scenariosMoved", moved)));
		return moved;
	}

	@Transactional(readOnly = true)
	public Map<Long, Long> scenarioCounts() {
		return this.filed.countsByCategory();
	}

	private void changed(long id, String action, Map<String, Object> before, Category category, boolean names) {
		this.categories.flush();
		this.taxonomy.refreshNow();
		if (names) {
			this.events.publishEvent(new LabelsChanged(LabelsChanged.Kind.CATEGORY, subtree(id)));
		}
		this.events.publishEvent(new CategoryChanged(action, id, before, describe(category)));
	}

	/** The category and all its descendants, whose paths all contain its name. */
	private Set<Long> subtree(long id) {
		Set<Long> ids = new LinkedHashSet<>();
		this.taxonomy.category(id).ifPresent(view -> collect(view, ids));
		return ids;
	}

	private static void collect(CategoryView view, Set<Long> ids) {
		ids.add(view.id());
		view.children().forEach(child -> collect(child, ids));
	}

	private List<Category> siblings(Long parentId) {
		return this.categories.findAll()
			.stream()
			.filter(c -> Objects.equals(c.getParentId(), parentId))
			.sorted(Comparator.comparingInt(Category::getPosition).thenComparing(Category::getId))
			.toList();
	}

	private static Map<String, Object> describe(Category category) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("nameZh", category.getNameZh());
		fields.put("nameEn", category.getNameEn());
		fields.put("parent", category.getParentId());
		fields.put("position", category.getPosition());
		fields.put("reviewIntervalDays", category.getReviewIntervalDays());
		return fields;
	}

	private Category load(long id) {
		return this.categories.findById(id).orElseThrow(() -> new IllegalArgumentException("No category " + id));
	}

	/** The category still holds scenarios or subcategories. */
	public static class CategoryInUseException extends RuntimeException {

		CategoryInUseException() {
			super("The category holds scenarios or subcategories");
		}

	}

}
