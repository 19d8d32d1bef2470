package com.casebook.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An immutable in-memory copy of the whole vocabulary. It is small (hundreds of rows) and
 * read on every page and for every indexed scenario, so it is rebuilt after each change
 * instead of queried each time.
 */
final class TaxonomySnapshot {

	private final Map<Long, CategoryView> categories;

	private final List<CategoryView> roots;

	private final Map<Long, ReferenceView> references;

	private final Map<Long, TagView> tags;

	TaxonomySnapshot(List<Category> categoryRows, List<ReferenceItem> referenceRows, List<Tag> tagRows) {
		this.categories = new LinkedHashMap<>();
		this.roots = buildTree(categoryRows);
		this.references = referenceRows.stream()
			.sorted(Comparator.comparingInt(ReferenceItem::getPosition).thenComparing(ReferenceItem::getId))
			.collect(Collectors.toMap(ReferenceItem::getId,
					r -> new ReferenceView(r.getId(), r.getKind(), r.getCode(),
							new LocalizedName(r.getNameZh(), r.getNameEn()), r.isActive(), r.getDirection()),
					(a, b) -> a, LinkedHashMap::new));
		this.tags = tagRows.stream()
			.collect(Collectors.toMap(Tag::getId,
					t -> new TagView(t.getId(), new LocalizedName(t.getNameZh(), t.getNameEn()), t.getDescription(),
							t.getGroup(), t.getStatus(), t.getSynonyms(), t.getMergedIntoId()),
					(a, b) -> a, LinkedHashMap::new));
	}

	private List<CategoryView> buildTree(List<Category> rows) {
		Map<Long, List<Category>> byParent = rows.stream()
			.sorted(Comparator.comparingInt(Category::getPosition).thenComparing(Category::getId))
			.collect(Collectors.groupingBy(c -> c.getParentId() == null ? 0L : c.getParentId(), LinkedHashMap::new,
					Collectors.toList()));
		return build(byParent, 0L, List.of(), DEFAULT_REVIEW_INTERVAL_DAYS);
	}

	/**
	 * How often a published scenario must be confirmed when no category on its path says.
	 */
	static final int DEFAULT_REVIEW_INTERVAL_DAYS = 180;

	private List<CategoryView> build(Map<Long, List<Category>> byParent, long parent, List<LocalizedName> ancestors,
			int inheritedInterval) {
		List<CategoryView> views = new ArrayList<>();
		for (Category category : byParent.getOrDefault(parent, List.of())) {
			LocalizedName name = new LocalizedName(category.getNameZh(), category.getNameEn());
			List<LocalizedName> path = new ArrayList<>(ancestors);
			path.add(name);
			int interval = category.getReviewIntervalDays() != null ? category.getReviewIntervalDays()
					: inheritedInterval;
			CategoryView view = new CategoryView(category.getId(), category.getParentId(), name, List.copyOf(path),
					build(byParent, category.getId(), path, interval), category.getReviewIntervalDays(), interval);
			this.categories.put(category.getId(), view);
			views.add(view);
		}
		return List.copyOf(views);
	}

	Map<Long, CategoryView> categories() {
		return this.categories;
	}

	List<CategoryView> roots() {
		return this.roots;
	}

	Map<Long, ReferenceView> references() {
		return this.references;
	}

	Map<Long, TagView> tags() {
		return this.tags;
	}

}
