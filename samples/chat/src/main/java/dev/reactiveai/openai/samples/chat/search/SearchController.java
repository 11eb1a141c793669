package dev.reactiveai.openai.samples.chat.search;

import java.util.List;

import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.samples.chat.search.DocumentSearch.SearchResult;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The semantic search: the documents, and the documents ranked for a query.
 */
@RestController
class SearchController {

	private static final int MAX_QUERY_LENGTH = 500;

	private final DocumentSearch search;

	SearchController(DocumentSearch search) {
		this.search = search;
	}

	@GetMapping("/api/documents")
	List<Document> documents() {
		return Document.ALL;
	}

	@GetMapping("/api/search")
	Mono<List<SearchResult>> search(@RequestParam("q") String query) {
		if (query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The query must have 1 to " + MAX_QUERY_LENGTH + " characters");
		}
		return this.search.search(query.strip());
	}

	@ExceptionHandler
	ProblemDetail openAiFailed(OpenAiException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
	}

}
