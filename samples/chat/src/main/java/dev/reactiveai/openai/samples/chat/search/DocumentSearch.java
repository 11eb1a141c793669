package dev.reactiveai.openai.samples.chat.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.reactiveai.openai.embeddings.EmbeddingsService;
import dev.reactiveai.openai.samples.chat.ChatSampleProperties;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.Embedding;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Ranks the {@link Document documents} by the cosine similarity of their embedding to the
 * query's.
 */
@Component
class DocumentSearch {

	private final EmbeddingsService embeddings;

	private final String model;

	private final Mono<List<float[]>> documentVectors;

	DocumentSearch(EmbeddingsService embeddings, ChatSampleProperties properties) {
		this.embeddings = embeddings;
		this.model = properties.embeddingModel();
		// Embedded once, by the first search, in one request. A failure is not
		// cached: the next search tries again.
		this.documentVectors = embed(Document.ALL.stream().map(Document::text).toList())
			.cacheInvalidateIf((vectors) -> false);
	}

	Mono<List<SearchResult>> search(String query) {
		return this.documentVectors.flatMap((documentVectors) -> embed(List.of(query))
			.map((queryVectors) -> rank(documentVectors, queryVectors.get(0))));
	}

	private Mono<List<float[]>> embed(List<String> texts) {
		CreateEmbeddingRequest request = CreateEmbeddingRequest.builder().model(this.model).input(texts).build();
		return this.embeddings.create(request)
			.map((response) -> response.data()
				.stream()
				.sorted(Comparator.comparing(Embedding::index))
				.map((embedding) -> embedding.embedding().values())
				.toList());
	}

	private static List<SearchResult> rank(List<float[]> documentVectors, float[] queryVector) {
		List<SearchResult> results = new ArrayList<>();
		for (int i = 0; i < Document.ALL.size(); i++) {
			Document document = Document.ALL.get(i);
			double score = cosineSimilarity(documentVectors.get(i), queryVector);
			results.add(new SearchResult(document.title(), document.text(), score));
		}
		results.sort(Comparator.comparingDouble(SearchResult::score).reversed());
		return results;
	}

	static double cosineSimilarity(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("Vectors of " + a.length + " and " + b.length + " dimensions");
		}
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return (normA == 0 || normB == 0) ? 0 : dot / Math.sqrt(normA * normB);
	}

	/**
	 * A document and how close it is to the query.
	 *
	 * @param title the document's title
	 * @param text the document's text
	 * @param score the cosine similarity of the two embeddings, from -1 to 1
	 */
	record SearchResult(String title, String text, double score) {

	}

}
