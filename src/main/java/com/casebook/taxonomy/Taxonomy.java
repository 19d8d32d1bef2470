package com.casebook.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The vocabulary as other modules see it: categories with their paths, reference lists
 * and tags, in both languages. Reads come from an in-memory snapshot; every change
 * through this service replaces the snapshot once its transaction commits.
 */
@Service
public class Taxonomy {

	/**
	 * How often a published scenario must be confirmed when no category on its path says.
	 */
	public static final int DEFAULT_REVIEW_INTERVAL_DAYS = TaxonomySnapshot.DEFAULT_REVIEW_INTERVAL_DAYS;

	/**
	 * The longest name of a category or a reference entry (channel, business line, KPI).
	 */
	public static final int MAX_NAME = 100;

	/** The longest tag name or synonym. */
	public static final int MAX_TAG_NAME = 60;

	/** The longest tag group. */
	public static final int MAX_TAG_GROUP = 40;

	private final CategoryRepository categories;

	private final ReferenceItemRepository references;

	private final TagRepository tags;

	private volatile TaxonomySnapshot snapshot;

	/**
	 * Counts the snapshot's replacements; written under {@link #snapshotLock}, with every
	 * write of {@link #snapshot}, and read without it by {@link #generation()}
	 * (volatile), which every catalogue and search page asks.
	 */
	private volatile long generation;

	private final Object snapshotLock = new Object();

	private final ApplicationEventPublisher events;

	Taxonomy(CategoryRepository categories, ReferenceItemRepository references, TagRepository tags,
			ApplicationEventPublisher events) {
		this.events = events;
		this.categories = categories;
		this.references = references;
		this.tags = tags;
	}

	public List<CategoryView> categoryTree() {
		return snapshot().roots();
	}

	public Optional<CategoryView> category(Long id) {
		return Optional.ofNullable(id).map(snapshot().categories()::get);
	}

	public List<ReferenceView> referenceList(ReferenceKind kind) {
		return snapshot().references().values().stream().filter(r -> r.kind() == kind).toList();
	}

	public Optional<ReferenceView> reference(Long id) {
		return Optional.ofNullable(id).map(snapshot().references()::get);
	}

	public List<ReferenceView> references(Collection<Long> ids) {
		return ids.stream().map(snapshot().references()::get).filter(Objects::nonNull).toList();
	}

	/** Every tag, merged and retired ones included, by name. */
	public List<TagView> allTags() {
		return snapshot().tags()
			.values()
			.stream()
			.sorted(Comparator.comparing((TagView t) -> t.status().ordinal()).thenComparing(t -> t.name().both()))
			.toList();
	}

	public List<TagView> tagsWithStatus(TagStatus status) {
		return snapshot().tags().values().stream().filter(t -> t.status() == status).toList();
	}

	public Optional<TagView> tag(Long id) {
		return Optional.ofNullable(id).map(snapshot().tags()::get);
	}

	public List<TagView> tags(Collection<Long> ids) {
		return ids.stream().map(snapshot().tags()::get).filter(Objects::nonNull).toList();
	}

	/**
	 * Tags a person may pick: active ones (proposed and retired ones are not offered).
	 */
	public List<TagView> pickableTags() {
		return snapshot().tags().values().stream().filter(t -> t.status() == TagStatus.ACTIVE).toList();
	}

	/**
	 * The category at a {@code parent/child} path of Chinese or English names, created
	 * (with its missing ancestors) when it does not exist yet.
	 */
	@Transactional
	public long categoryForPath(String path) {
		Long parent = null;
		CategoryView found = null;
		for (String part : path.split("/")) {
			String name = part.trim();
			if (name.isEmpty()) {
				continue;
			}
			Long parentId = parent;
			List<CategoryView> siblings = (parentId == null) ? snapshot().roots()
					: snapshot().categories().get(parentId).children();
			found = siblings.stream().filter(c -> c.name().matches(name)).findFirst().orElse(null);
			if (found == null) {
				Category created = this.categories.save(new Category(parentId, name, name, siblings.size() + 1));
				refreshNow();
				found = snapshot().categories().get(created.getId());
			}
			parent = found.id();
		}
		if (found == null) {
			throw new IllegalArgumentException("Empty category path");
		}
		return found.id();
	}

	/**
	 * The entry of a reference list with this Chinese or English name, code or id; never
	 * creates one.
	 */
	public Optional<ReferenceView> referenceCalled(ReferenceKind kind, String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String trimmed = name.trim();
		return referenceList(kind).stream()
			.filter(r -> r.name().matches(trimmed) || r.code().equalsIgnoreCase(trimmed)
					|| String.valueOf(r.id()).equals(trimmed))
			.findFirst();
	}

	/**
	 * The reference entry with this Chinese or English name, created when it does not
	 * exist yet.
	 */
	@Transactional
	public long referenceNamed(ReferenceKind kind, String name) {
		String trimmed = name.trim();
		return referenceList(kind).stream()
			.filter(r -> r.name().matches(trimmed) || r.code().equalsIgnoreCase(trimmed))
			.findFirst()
			.map(ReferenceView::id)
			.orElseGet(() -> {
				int position = referenceList(kind).size() + 1;
				ReferenceItem created = this.references
					.save(new ReferenceItem(kind, "custom-" + System.nanoTime(), trimmed, trimmed, position));
				refreshNow();
				return created.getId();
			});
	}

	/**
	 * The tag with this name (or synonym), created as {@code status} when it does not
	 * exist yet.
	 */
	@Transactional
	public long tagNamed(String name, TagStatus status) {
		String trimmed = name.trim();
		return snapshot().tags()
			.values()
			.stream()
			.filter(t -> t.status() != TagStatus.MERGED)
			.filter(t -> t.name().matches(trimmed) || t.synonyms().stream().anyMatch(trimmed::equalsIgnoreCase))
			.findFirst()
			.map(TagView::id)
			.orElseGet(() -> {
				boolean latin = trimmed.chars().allMatch(c -> c < 0x2E80);
				Tag created = this.tags.save(new Tag(latin ? null : trimmed, latin ? trimmed : null, status));
				refreshNow();
				return created.getId();
			});
	}

	/**
	 * The tags named, in order and without repeats: a wanted tag is an existing one when
	 * any of its names is that tag's name or synonym. The others are created as
	 * {@code status}, with their group and synonyms, in one batch (one snapshot reload
	 * however many there are).
	 */
	@Transactional
	public List<Long> tagsFor(List<TagCuration.TagFields> wanted, TagStatus status) {
		List<Object> resolved = new ArrayList<>();
		List<Tag> created = new ArrayList<>();
		for (TagCuration.TagFields fields : wanted) {
			List<String> names = Stream.of(fields.nameZh(), fields.nameEn())
				.filter(n -> n != null && !n.isBlank())
				.map(String::trim)
				.toList();
			if (names.isEmpty()) {
				continue;
			}
			Optional<Object> known = names.stream()
				.map(this::liveTagNamed)
				.flatMap(Optional::stream)
				.findFirst()
				.map(t -> (Object) t.id());
			Optional<Object> justMade = created.stream()
				.filter(t -> names.stream()
					.anyMatch(n -> n.equalsIgnoreCase(t.getNameZh()) || n.equalsIgnoreCase(t.getNameEn())))
				.findFirst()
				.map(Object.class::cast);
			resolved.add(known.or(() -> justMade).orElseGet(() -> {
				Tag tag = new Tag(fields.nameZh(), fields.nameEn(), status);
				tag.edit(fields.nameZh(), fields.nameEn(), fields.description(), fields.group(),
						fields.synonyms() == null ? Set.of() : fields.synonyms());
				created.add(tag);
				return tag;
			}));
		}
		if (!created.isEmpty()) {
			this.tags.saveAll(created);
			refreshNow();
		}
		return resolved.stream().map(r -> r instanceof Tag tag ? tag.getId() : (Long) r).distinct().toList();
	}

	private Optional<TagView> liveTagNamed(String name) {
		return snapshot().tags()
			.values()
			.stream()
			.filter(t -> t.status() != TagStatus.MERGED)
			.filter(t -> t.name().matches(name) || t.synonyms().stream().anyMatch(name::equalsIgnoreCase))
			.findFirst();
	}

	/** An admin adds an entry to a reference list; either name may be left out. */
	@Transactional
	public long addReference(ReferenceKind kind, String nameZh, String nameEn) {
		LabelNames names = LabelNames.of(nameZh, nameEn, MAX_NAME);
		ReferenceItem item = new ReferenceItem(kind, "custom-" + System.nanoTime(), names.zhOrEn(), names.enOrZh(),
				referenceList(kind).size() + 1);
		if (kind == ReferenceKind.KPI) {
			item.setDirection(KpiDirection.HIGHER);
		}
		ReferenceItem created = this.references.save(item);
		refreshNow();
		return created.getId();
	}

	@Transactional
	public void renameReference(long id, String nameZh, String nameEn) {
		LabelNames names = LabelNames.of(nameZh, nameEn, MAX_NAME);
		this.references.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No reference entry " + id))
			.rename(names.zhOrEn(), names.enOrZh());
		refreshNow();
		this.events.publishEvent(new LabelsChanged(LabelsChanged.Kind.REFERENCE, Set.of(id)));
	}

	@Transactional
	public void setReferenceActive(long id, boolean active) {
		this.references.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No reference entry " + id))
			.setActive(active);
		refreshNow();
	}

	/** An admin says which way a KPI should move. */
	@Transactional
	public void setKpiDirection(long id, KpiDirection direction) {
		this.references.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No reference entry " + id))
			.setDirection(direction);
		refreshNow();
	}

	/**
	 * The snapshot, loaded if there is none. A load that a change overtook (one committed
	 * or written meanwhile) is used for this call but not kept: kept, it would hide the
	 * change from everyone until the next one.
	 */
	private TaxonomySnapshot snapshot() {
		TaxonomySnapshot current = this.snapshot;
		if (current != null) {
			return current;
		}
		long seen;
		synchronized (this.snapshotLock) {
			seen = this.generation;
		}
		TaxonomySnapshot loaded = load();
		synchronized (this.snapshotLock) {
			if (this.generation == seen && this.snapshot == null) {
				this.snapshot = loaded;
			}
		}
		return loaded;
	}

	/**
	 * Moves on with every change of categories, references or tags, including when the
	 * changing transaction ends: what was built from the taxonomy under an older number
	 * may show old names.
	 */
	public long generation() {
		return this.generation;
	}

	private void replaceSnapshot(TaxonomySnapshot replacement) {
		synchronized (this.snapshotLock) {
			this.generation++;
			this.snapshot = replacement;
		}
	}

	/**
	 * Rebuilds the snapshot inside the writing transaction (so the rest of it sees its
	 * own changes) and again after commit or rollback (so nobody keeps seeing a
	 * rolled-back row).
	 */
	void refreshNow() {
		this.categories.flush();
		replaceSnapshot(load());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					replaceSnapshot(null);
				}
			});
		}
	}

	private TaxonomySnapshot load() {
		return new TaxonomySnapshot(this.categories.findAllByOrderByPositionAscIdAsc(), this.references.findAll(),
				this.tags.findAll());
	}

}
