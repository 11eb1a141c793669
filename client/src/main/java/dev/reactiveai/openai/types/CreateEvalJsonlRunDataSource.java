// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A JsonlRunDataSource object with that specifies a JSONL file that matches the eval
 *
 * @param type The type of data source. Always {@code jsonl}.
 * @param source Determines what populates the {@code item} namespace in the data source.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEvalJsonlRunDataSource.Reader.class)
public record CreateEvalJsonlRunDataSource(@JsonProperty("type") String type,
		@JsonProperty("source") CreateEvalJsonlRunDataSource.Source source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRunRequest.DataSource,
			EvalRun.DataSource {

	/**
	 * Creates a {@link CreateEvalJsonlRunDataSource}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of data source.
	 * @param source Determines what populates the {@code item} namespace in the data
	 * source.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalJsonlRunDataSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalJsonlRunDataSource}.
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
	 * Determines what populates the {@code item} namespace in the data source.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Source.Deserializer.class)
	public sealed interface Source permits EvalJsonlFileContentSource, EvalJsonlFileIdSource, Source.Unknown {

		/**
		 * A {@link Source} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Source, UnknownVariant {
		}

		/**
		 * Reads a {@link Source} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Source> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Source>variants(Unknown::new)
					.discriminator("type")
					.object(EvalJsonlFileContentSource.class,
							VariantShape.declaring("type", "content")
								.requiring("type", "content")
								.values("type", "file_content"))
					.object(EvalJsonlFileIdSource.class,
							VariantShape.declaring("type", "id").requiring("type", "id").values("type", "file_id")));
			}

		}

	}

	/**
	 * Builds a {@link CreateEvalJsonlRunDataSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Source source;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "jsonl";
		}

		private Builder(CreateEvalJsonlRunDataSource source) {
			this.type = source.type();
			this.source = source.source();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Determines what populates the {@code item} namespace in the data source.
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable Source source) {
			this.source = source;
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
		public CreateEvalJsonlRunDataSource build() {
			return new CreateEvalJsonlRunDataSource(this.type,
					Objects.requireNonNull(this.source, "'source' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalJsonlRunDataSource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalJsonlRunDataSource> {

		Reader() {
			super(CreateEvalJsonlRunDataSource.class, "type", "source");
		}

		@Override
		protected CreateEvalJsonlRunDataSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalJsonlRunDataSource((String) values[0], (Source) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalJsonlRunDataSource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalJsonlRunDataSource> {

		Writer() {
			super(CreateEvalJsonlRunDataSource.class, "type", "source");
		}

		@Override
		protected @Nullable Object value(CreateEvalJsonlRunDataSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.source();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalJsonlRunDataSource record) {
			return record.additionalProperties();
		}

	}
}
