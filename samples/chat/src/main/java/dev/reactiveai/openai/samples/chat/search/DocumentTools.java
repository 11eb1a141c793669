package dev.reactiveai.openai.samples.chat.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.reactiveai.openai.helpers.Tool;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The tool the chat offers the model: a search of the sample's documents, so that it can
 * answer from them. A bean method annotated with {@link Tool}; the chat registers it with
 * {@code ToolLoop.builder().tools(documentTools)}.
 */
@Component
public class DocumentTools {

	private static final int FOUND = 3;

	private final DocumentSearch search;

	DocumentTools(DocumentSearch search) {
		this.search = search;
	}

	@Tool(description = "Searches the documents of this site (on bread, coffee, tides, bees, volcanoes, and more) "
			+ "and gives the titles of the closest ones, best first")
	Mono<List<Found>> searchDocuments(Query query) {
		return this.search.search(query.query())
			.map((results) -> results.stream()
				.limit(FOUND)
				.map((result) -> new Found(result.title(), Math.round(result.score() * 1000) / 1000.0))
				.toList());
	}

	/**
	 * The arguments of the search.
	 *
	 * @param query what to search for
	 */
	record Query(@JsonPropertyDescription("What to search for, in a few words") String query) {

	}

	/**
	 * A document found.
	 *
	 * @param title its title
	 * @param score how close it is to the query, from -1 to 1
	 */
	record Found(String title, double score) {

	}

}
