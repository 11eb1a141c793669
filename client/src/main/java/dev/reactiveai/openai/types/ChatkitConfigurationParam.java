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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Optional per-session configuration settings for ChatKit behavior.
 *
 * @param automaticThreadTitling Configuration for automatic thread titling. When omitted,
 * automatic thread titling is enabled by default.
 * @param fileUpload Configuration for upload enablement and limits. When omitted, uploads
 * are disabled by default (max_files 10, max_file_size 512 MB).
 * @param history Configuration for chat history retention. When omitted, history is
 * enabled by default with no limit on recent_threads (null).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatkitConfigurationParam.Reader.class)
public record ChatkitConfigurationParam(
		@JsonProperty("automatic_thread_titling") @Nullable AutomaticThreadTitlingParam automaticThreadTitling,
		@JsonProperty("file_upload") @Nullable FileUploadParam fileUpload,
		@JsonProperty("history") @Nullable HistoryParam history,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatkitConfigurationParam}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param automaticThreadTitling Configuration for automatic thread titling.
	 * @param fileUpload Configuration for upload enablement and limits.
	 * @param history Configuration for chat history retention.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatkitConfigurationParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatkitConfigurationParam}.
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
	 * Builds a {@link ChatkitConfigurationParam}.
	 */
	public static final class Builder {

		private @Nullable AutomaticThreadTitlingParam automaticThreadTitling;

		private @Nullable FileUploadParam fileUpload;

		private @Nullable HistoryParam history;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatkitConfigurationParam source) {
			this.automaticThreadTitling = source.automaticThreadTitling();
			this.fileUpload = source.fileUpload();
			this.history = source.history();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Configuration for automatic thread titling.
		 * @param automaticThreadTitling the value
		 * @return this builder
		 */
		public Builder automaticThreadTitling(@Nullable AutomaticThreadTitlingParam automaticThreadTitling) {
			this.automaticThreadTitling = automaticThreadTitling;
			return this;
		}

		/**
		 * Configuration for upload enablement and limits.
		 * @param fileUpload the value
		 * @return this builder
		 */
		public Builder fileUpload(@Nullable FileUploadParam fileUpload) {
			this.fileUpload = fileUpload;
			return this;
		}

		/**
		 * Configuration for chat history retention.
		 * @param history the value
		 * @return this builder
		 */
		public Builder history(@Nullable HistoryParam history) {
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
		public ChatkitConfigurationParam build() {
			return new ChatkitConfigurationParam(this.automaticThreadTitling, this.fileUpload, this.history,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatkitConfigurationParam} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatkitConfigurationParam> {

		Reader() {
			super(ChatkitConfigurationParam.class, "automatic_thread_titling", "file_upload", "history");
		}

		@Override
		protected ChatkitConfigurationParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatkitConfigurationParam((AutomaticThreadTitlingParam) values[0], (FileUploadParam) values[1],
					(HistoryParam) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatkitConfigurationParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatkitConfigurationParam> {

		Writer() {
			super(ChatkitConfigurationParam.class, "automatic_thread_titling", "file_upload", "history");
		}

		@Override
		protected @Nullable Object value(ChatkitConfigurationParam record, int index) {
			return switch (index) {
				case 0 -> record.automaticThreadTitling();
				case 1 -> record.fileUpload();
				case 2 -> record.history();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatkitConfigurationParam record) {
			return record.additionalProperties();
		}

	}
}
