// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * History retention preferences returned for the session.
 *
 * @param enabled Indicates if chat history is persisted for the session.
 * @param recentThreads Number of prior threads surfaced in history views. Defaults to
 * null when all history is retained.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatSessionHistory.Reader.class)
public record ChatSessionHistory(@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("recent_threads") @Nullable Long recentThreads,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatSessionHistory}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param enabled Indicates if chat history is persisted for the session.
	 * @param recentThreads Number of prior threads surfaced in history views.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatSessionHistory {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatSessionHistory}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link ChatSessionHistory}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private @Nullable Long recentThreads;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatSessionHistory source) {
			this.enabled = source.enabled();
			this.recentThreads = source.recentThreads();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Indicates if chat history is persisted for the session.
		 * @param enabled the value (required)
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Number of prior threads surfaced in history views.
		 * @param recentThreads the value
		 * @return this builder
		 */
		public Builder recentThreads(@Nullable Long recentThreads) {
			this.recentThreads = recentThreads;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public ChatSessionHistory build() {
			return new ChatSessionHistory(Objects.requireNonNull(this.enabled, "'enabled' is required"),
					this.recentThreads, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatSessionHistory} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatSessionHistory> {

		Reader() {
			super(ChatSessionHistory.class, "enabled", "recent_threads");
		}

		@Override
		protected ChatSessionHistory create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatSessionHistory((Boolean) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatSessionHistory} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatSessionHistory> {

		Writer() {
			super(ChatSessionHistory.class, "enabled", "recent_threads");
		}

		@Override
		protected @Nullable Object value(ChatSessionHistory record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				case 1 -> record.recentThreads();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatSessionHistory record) {
			return record.additionalProperties();
		}

	}
}
