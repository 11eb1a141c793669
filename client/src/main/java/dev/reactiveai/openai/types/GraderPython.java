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
 * A PythonGrader object that runs a python script on the input.
 *
 * @param type The object type, which is always {@code python}.
 * @param name The name of the grader.
 * @param source The source code of the python script.
 * @param imageTag The image tag to use for the python script.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GraderPython.Reader.class)
public record GraderPython(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("source") String source, @JsonProperty("image_tag") @Nullable String imageTag,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FineTuneReinforcementMethod.Grader,
			GraderMulti.Graders,
			RunGraderRequest.Grader,
			ValidateGraderRequest.Grader,
			ValidateGraderResponse.Grader {

	/**
	 * Creates a {@link GraderPython}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The object type, which is always {@code python}.
	 * @param name The name of the grader.
	 * @param source The source code of the python script.
	 * @param imageTag The image tag to use for the python script.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GraderPython {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GraderPython}.
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
	 * Builds a {@link GraderPython}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String source;

		private @Nullable String imageTag;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "python";
		}

		private Builder(GraderPython source) {
			this.type = source.type();
			this.name = source.name();
			this.source = source.source();
			this.imageTag = source.imageTag();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the grader.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The source code of the python script.
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
			return this;
		}

		/**
		 * The image tag to use for the python script.
		 * @param imageTag the value
		 * @return this builder
		 */
		public Builder imageTag(@Nullable String imageTag) {
			this.imageTag = imageTag;
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
		public GraderPython build() {
			return new GraderPython(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.source, "'source' is required"), this.imageTag,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GraderPython} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GraderPython> {

		Reader() {
			super(GraderPython.class, "type", "name", "source", "image_tag");
		}

		@Override
		protected GraderPython create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new GraderPython((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link GraderPython} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GraderPython> {

		Writer() {
			super(GraderPython.class, "type", "name", "source", "image_tag");
		}

		@Override
		protected @Nullable Object value(GraderPython record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.source();
				case 3 -> record.imageTag();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GraderPython record) {
			return record.additionalProperties();
		}

	}
}
