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
 * EvalJsonlFileIdSource
 *
 * @param type The type of jsonl source. Always {@code file_id}.
 * @param id The identifier of the file.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalJsonlFileIdSource.Reader.class)
public record EvalJsonlFileIdSource(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalCompletionsRunDataSource.Source,
			CreateEvalJsonlRunDataSource.Source,
			CreateEvalResponsesRunDataSource.Source {

	/**
	 * Creates a {@link EvalJsonlFileIdSource}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of jsonl source.
	 * @param id The identifier of the file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalJsonlFileIdSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalJsonlFileIdSource}.
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
	 * Builds a {@link EvalJsonlFileIdSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_id";
		}

		private Builder(EvalJsonlFileIdSource source) {
			this.type = source.type();
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier of the file.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public EvalJsonlFileIdSource build() {
			return new EvalJsonlFileIdSource(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalJsonlFileIdSource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalJsonlFileIdSource> {

		Reader() {
			super(EvalJsonlFileIdSource.class, "type", "id");
		}

		@Override
		protected EvalJsonlFileIdSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalJsonlFileIdSource((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalJsonlFileIdSource} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalJsonlFileIdSource> {

		Writer() {
			super(EvalJsonlFileIdSource.class, "type", "id");
		}

		@Override
		protected @Nullable Object value(EvalJsonlFileIdSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalJsonlFileIdSource record) {
			return record.additionalProperties();
		}

	}
}
