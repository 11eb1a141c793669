package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Search of vector store files, lexical rather than semantic: a chunk's score is the
 * cosine similarity of the word counts of the query and the chunk, so the chunks that
 * share most words with the query come first. Chunks that share none are left out, as are
 * those at or below the score threshold, and the files whose attributes the
 * {@link AttributeFilters filters} reject. The vector stores' search operation and the
 * {@code file_search} tool of responses both search so.
 */
final class LexicalIndex {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private LexicalIndex() {
	}

	/**
	 * The chunks that best match a query.
	 * @param files the files to search; those not {@code completed} are skipped
	 * @param query the query
	 * @param maxResults the most hits to return
	 * @param threshold the score a hit must exceed
	 * @param filters the attribute filters, a missing node for none
	 * @return the hits, best first
	 */
	static List<Hit> search(List<VectorStoreFile> files, String query, int maxResults, double threshold,
			JsonNode filters) {
		Map<String, Integer> queryWords = wordCounts(query);
		List<Hit> hits = new ArrayList<>();
		for (VectorStoreFile file : files) {
			if (!file.isCompleted() || !AttributeFilters.matches(filters, file.attributes())) {
				continue;
			}
			for (String chunk : file.chunks()) {
				double score = cosine(queryWords, wordCounts(chunk));
				if (score > 0 && score > threshold) {
					hits.add(new Hit(file, chunk, score));
				}
			}
		}
		// A stable sort: equal scores keep the files' order.
		hits.sort(Comparator.comparingDouble(Hit::score).reversed());
		return hits.subList(0, Math.min(maxResults, hits.size()));
	}

	static Map<String, Integer> wordCounts(String text) {
		Map<String, Integer> counts = new HashMap<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			counts.merge(matcher.group(), 1, Integer::sum);
		}
		return counts;
	}

	static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		double dot = 0;
		for (Map.Entry<String, Integer> entry : a.entrySet()) {
			dot += entry.getValue() * (double) b.getOrDefault(entry.getKey(), 0);
		}
		if (dot == 0) {
			return 0;
		}
		return dot / (norm(a) * norm(b));
	}

	private static double norm(Map<String, Integer> counts) {
		double sum = 0;
		for (int count : counts.values()) {
			sum += (double) count * count;
		}
		return Math.sqrt(sum);
	}

	/**
	 * A chunk that matched.
	 *
	 * @param file the file it belongs to
	 * @param text the chunk's text
	 * @param score its score, above 0 and at most 1
	 */
	record Hit(VectorStoreFile file, String text, double score) {

		/** The score as the API shows it, to four decimals. */
		double roundedScore() {
			return Math.round(this.score * 10_000) / 10_000.0;
		}

	}

}
