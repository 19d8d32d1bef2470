package com.casebook.taxonomy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.casebook.CasebookIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The taxonomy's in-memory snapshot is read by every page while tags are written: a
 * snapshot loaded before a change committed must not be kept after it, or the change
 * stays invisible (a proposed tag missing from the editors' list) until the next one.
 */
@CasebookIntegrationTest
class TaxonomySnapshotRaceTest {

	@Autowired
	CategoryRepository categories;

	@Autowired
	ReferenceItemRepository references;

	@Autowired
	TagRepository tags;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSnapshotReadBeforeATagIsProposedIsNotKeptAfterTheProposalCommits() throws Exception {
		CountDownLatch read = new CountDownLatch(1);
		CountDownLatch proposed = new CountDownLatch(1);
		Thread[] slowReader = new Thread[1];
		// the slow reader's load reads the tags, then waits until the proposal has
		// committed
		TagRepository pausingTags = (TagRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { TagRepository.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(this.tags, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					if (method.getName().equals("findAll") && Thread.currentThread() == slowReader[0]) {
						read.countDown();
						proposed.await(30, TimeUnit.SECONDS);
					}
					return result;
				});
		Taxonomy taxonomy = new Taxonomy(this.categories, this.references, pausingTags, this.events);
		String name = "竞态标签" + System.nanoTime();

		CompletableFuture<List<TagView>> slowRead = CompletableFuture.supplyAsync(() -> {
			slowReader[0] = Thread.currentThread();
			return taxonomy.tagsWithStatus(TagStatus.PROPOSED);
		});
		assertThat(read.await(30, TimeUnit.SECONDS)).isTrue();
		new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> taxonomy.tagsFor(List.of(TagCuration.TagFields.named(name)), TagStatus.PROPOSED));
		proposed.countDown();
		slowRead.get(30, TimeUnit.SECONDS);

		assertThat(taxonomy.tagsWithStatus(TagStatus.PROPOSED)).extracting((tag) -> tag.name().zh()).contains(name);
	}

}
