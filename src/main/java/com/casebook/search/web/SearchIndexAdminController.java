package com.casebook.search.web;

import java.time.ZoneId;

import com.casebook.search.IndexMaintenance;
import com.casebook.search.SearchBackend;
import com.casebook.search.semantic.EmbeddingProgress;
import com.casebook.search.semantic.EmbeddingWorker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The state of search for administrators: whether the index is being rebuilt, and how far
 * the background embedding of the catalogue has come (the first start on an existing
 * catalogue embeds it all), or that semantic search is off.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SearchIndexAdminController {

	private final IndexMaintenance index;

	private final ObjectProvider<EmbeddingWorker> embedding;

	private final SearchBackend backend;

	private final boolean outboxPolling;

	SearchIndexAdminController(IndexMaintenance index, ObjectProvider<EmbeddingWorker> embedding, SearchBackend backend,
			@Value("${casebook.search.coordination:none}") String coordination) {
		this.index = index;
		this.embedding = embedding;
		this.backend = backend;
		this.outboxPolling = "outbox-polling".equalsIgnoreCase(coordination.strip());
	}

	@GetMapping("/admin/search-index")
	String show(Model model) {
		model.addAttribute("indexRebuilding", this.index.isRebuilding());
		model.addAttribute("backend", this.backend);
		model.addAttribute("outboxPolling", this.outboxPolling);
		EmbeddingWorker worker = this.embedding.getIfAvailable();
		EmbeddingProgress progress = worker == null ? null : worker.progress();
		model.addAttribute("embedding", progress);
		// in the server's time zone, as the other admin pages show times
		model.addAttribute("lastBatchAt", progress == null || progress.lastBatchAt() == null ? null
				: progress.lastBatchAt().atZone(ZoneId.systemDefault()));
		return "search/admin-index";
	}

}
