package dev.reactiveai.openai.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How a vector store reads a file: as UTF-8 text, split into chunks of whole words the
 * size of the chunking strategy (800 tokens with 400 overlapping by default, at about
 * four characters a token).
 */
final class Chunker {

	static final int DEFAULT_CHUNK_TOKENS = 800;

	static final int DEFAULT_OVERLAP_TOKENS = 400;

	private static final int CHARS_PER_TOKEN = 4;

	private final int maxTokens;

	private final int overlapTokens;

	private Chunker(int maxTokens, int overlapTokens) {
		this.maxTokens = maxTokens;
		this.overlapTokens = overlapTokens;
	}

	/**
	 * The chunker of a request's {@code chunking_strategy}.
	 * @param strategy the strategy, {@code static} with its sizes or anything else for
	 * the default
	 * @return the chunker
	 */
	static Chunker of(JsonNode strategy) {
		if ("static".equals(strategy.path("type").asString(null))) {
			return new Chunker(strategy.path("static").path("max_chunk_size_tokens").asInt(DEFAULT_CHUNK_TOKENS),
					strategy.path("static").path("chunk_overlap_tokens").asInt(DEFAULT_OVERLAP_TOKENS));
		}
		return new Chunker(DEFAULT_CHUNK_TOKENS, DEFAULT_OVERLAP_TOKENS);
	}

	int maxTokens() {
		return this.maxTokens;
	}

	int overlapTokens() {
		return this.overlapTokens;
	}

	/**
	 * A file's content as text.
	 * @param content the bytes
	 * @return the text, or {@code null} when the bytes are not UTF-8 text
	 */
	static @Nullable String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return (text.indexOf('\0') >= 0) ? null : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Splits a text into chunks of whole words of at most about {@code maxTokens} tokens,
	 * each starting about {@code overlapTokens} tokens before the previous one ends.
	 * @param text the text
	 * @return the chunks, none for a blank text
	 */
	List<String> chunks(String text) {
		String[] words = text.strip().split("\\s+");
		List<String> chunks = new ArrayList<>();
		if (text.isBlank()) {
			return chunks;
		}
		int maxChars = this.maxTokens * CHARS_PER_TOKEN;
		int overlapChars = Math.min(this.overlapTokens, this.maxTokens / 2) * CHARS_PER_TOKEN;
		int start = 0;
		while (start < words.length) {
			int end = start;
			int length = 0;
			while (end < words.length && (end == start || length + 1 + words[end].length() <= maxChars)) {
				length += ((end > start) ? 1 : 0) + words[end].length();
				end++;
			}
			chunks.add(String.join(" ", List.of(words).subList(start, end)));
			if (end == words.length) {
				break;
			}
			int next = end;
			int overlap = 0;
			while (next - 1 > start && overlap + words[next - 1].length() + 1 <= overlapChars) {
				overlap += words[next - 1].length() + 1;
				next--;
			}
			start = next;
		}
		return chunks;
	}

}
