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
 * A tool that runs Python code to help generate a response to a prompt.
 *
 * @param type The type of the code interpreter tool. Always {@code code_interpreter}.
 * @param container The code interpreter container. Can be a container ID or an object
 * that specifies uploaded file IDs to make available to your code, along with an optional
 * {@code memory_limit} setting.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CodeInterpreterTool.Reader.class)
public record CodeInterpreterTool(@JsonProperty("type") String type,
		@JsonProperty("container") CodeInterpreterTool.Container container,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link CodeInterpreterTool}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the code interpreter tool.
	 * @param container The code interpreter container.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CodeInterpreterTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CodeInterpreterTool}.
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
	 * The code interpreter container. Can be a container ID or an object that specifies
	 * uploaded file IDs to make available to your code, along with an optional
	 * {@code memory_limit} setting.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Container.Deserializer.class)
	public sealed interface Container permits Container.StringValue, AutoCodeInterpreterToolParam, Container.Unknown {

		/**
		 * A {@link Container} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Container {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Container} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Container, UnknownVariant {
		}

		/**
		 * Reads a {@link Container} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Container> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Container>variants(Unknown::new)
					.object(AutoCodeInterpreterToolParam.class,
							VariantShape.declaring("type", "file_ids", "memory_limit", "network_policy")
								.requiring("type"))
					.string(String.class, StringValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CodeInterpreterTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Container container;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "code_interpreter";
		}

		private Builder(CodeInterpreterTool source) {
			this.type = source.type();
			this.container = source.container();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The code interpreter container.
		 * @param container the value (required)
		 * @return this builder
		 */
		public Builder container(@Nullable Container container) {
			this.container = container;
			return this;
		}

		/**
		 * The code interpreter container.
		 * <p>
		 * Takes the value of a {@link Container.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder container(String value) {
			return container(new Container.StringValue(value));
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
		public CodeInterpreterTool build() {
			return new CodeInterpreterTool(this.type, Objects.requireNonNull(this.container, "'container' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CodeInterpreterTool} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CodeInterpreterTool> {

		Reader() {
			super(CodeInterpreterTool.class, "type", "container");
		}

		@Override
		protected CodeInterpreterTool create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CodeInterpreterTool((String) values[0], (Container) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CodeInterpreterTool} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CodeInterpreterTool> {

		Writer() {
			super(CodeInterpreterTool.class, "type", "container");
		}

		@Override
		protected @Nullable Object value(CodeInterpreterTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.container();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CodeInterpreterTool record) {
			return record.additionalProperties();
		}

	}
}
