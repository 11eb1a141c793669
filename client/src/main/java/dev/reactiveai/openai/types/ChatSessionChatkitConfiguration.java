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
 * ChatKit configuration for the session.
 *
 * @param automaticThreadTitling Automatic thread titling preferences.
 * @param fileUpload Upload settings for the session.
 * @param history History retention configuration.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatSessionChatkitConfiguration.Reader.class)
public record ChatSessionChatkitConfiguration(
		@JsonProperty("automatic_thread_titling") ChatSessionAutomaticThreadTitling automaticThreadTitling,
		@JsonProperty("file_upload") ChatSessionFileUpload fileUpload,
		@JsonProperty("history") ChatSessionHistory history,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatSessionChatkitConfiguration}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param automaticThreadTitling Automatic thread titling preferences.
	 * @param fileUpload Upload settings for the session.
	 * @param history History retention configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatSessionChatkitConfiguration {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatSessionChatkitConfiguration}.
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
	 * Builds a {@link ChatSessionChatkitConfiguration}.
	 */
	public static final class Builder {

		private @Nullable ChatSessionAutomaticThreadTitling automaticThreadTitling;

		private @Nullable ChatSessionFileUpload fileUpload;

		private @Nullable ChatSessionHistory history;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatSessionChatkitConfiguration source) {
			this.automaticThreadTitling = source.automaticThreadTitling();
			this.fileUpload = source.fileUpload();
			this.history = source.history();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Automatic thread titling preferences.
		 * @param automaticThreadTitling the value (required)
		 * @return this builder
		 */
		public Builder automaticThreadTitling(@Nullable ChatSessionAutomaticThreadTitling automaticThreadTitling) {
			this.automaticThreadTitling = automaticThreadTitling;
			return this;
		}

		/**
		 * Upload settings for the session.
		 * @param fileUpload the value (required)
		 * @return this builder
		 */
		public Builder fileUpload(@Nullable ChatSessionFileUpload fileUpload) {
			this.fileUpload = fileUpload;
			return this;
		}

		/**
		 * History retention configuration.
		 * @param history the value (required)
		 * @return this builder
		 */
		public Builder history(@Nullable ChatSessionHistory history) {
			this.history = history;
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
		public ChatSessionChatkitConfiguration build() {
			return new ChatSessionChatkitConfiguration(
					Objects.requireNonNull(this.automaticThreadTitling, "'automaticThreadTitling' is required"),
					Objects.requireNonNull(this.fileUpload, "'fileUpload' is required"),
					Objects.requireNonNull(this.history, "'history' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatSessionChatkitConfiguration} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatSessionChatkitConfiguration> {

		Reader() {
			super(ChatSessionChatkitConfiguration.class, "automatic_thread_titling", "file_upload", "history");
		}

		@Override
		protected ChatSessionChatkitConfiguration create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatSessionChatkitConfiguration((ChatSessionAutomaticThreadTitling) values[0],
					(ChatSessionFileUpload) values[1], (ChatSessionHistory) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatSessionChatkitConfiguration} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatSessionChatkitConfiguration> {

		Writer() {
			super(ChatSessionChatkitConfiguration.class, "automatic_thread_titling", "file_upload", "history");
		}

		@Override
		protected @Nullable Object value(ChatSessionChatkitConfiguration record, int index) {
			return switch (index) {
				case 0 -> record.automaticThreadTitling();
				case 1 -> record.fileUpload();
				case 2 -> record.history();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatSessionChatkitConfiguration record) {
			return record.additionalProperties();
		}

	}
}
