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
 * A custom tool that processes input using a specified format. Learn more about
 * <a href="https://platform.openai.com/docs/guides/function-calling#custom-tools">custom
 * tools</a>
 *
 * @param type The type of the custom tool. Always {@code custom}.
 * @param name The name of the custom tool, used to identify it in tool calls.
 * @param description Optional description of the custom tool, used to provide more
 * context.
 * @param format The input format for the custom tool. Default is unconstrained text.
 * @param deferLoading Whether this tool should be deferred and discovered via tool
 * search.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CustomToolParam.Reader.class)
public record CustomToolParam(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("format") CustomToolParam.@Nullable Format format,
		@JsonProperty("defer_loading") @Nullable Boolean deferLoading,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			NamespaceToolParam.Tool,
			Tool {

	/**
	 * Creates a {@link CustomToolParam}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the custom tool.
	 * @param name The name of the custom tool, used to identify it in tool calls.
	 * @param description Optional description of the custom tool, used to provide more
	 * context.
	 * @param format The input format for the custom tool.
	 * @param deferLoading Whether this tool should be deferred and discovered via tool
	 * search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CustomToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CustomToolParam}.
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
	 * The input format for the custom tool. Default is unconstrained text.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Format.Deserializer.class)
	public sealed interface Format permits CustomTextFormatParam, CustomGrammarFormatParam, Format.Unknown {

		/**
		 * A {@link Format} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Format, UnknownVariant {
		}

		/**
		 * Reads a {@link Format} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Format> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Format>variants(Unknown::new)
					.discriminator("type")
					.object(CustomTextFormatParam.class,
							VariantShape.declaring("type").requiring("type").values("type", "text"))
					.object(CustomGrammarFormatParam.class,
							VariantShape.declaring("type", "syntax", "definition")
								.requiring("type", "syntax", "definition")
								.values("type", "grammar")
								.values("syntax", "lark", "regex")));
			}

		}

	}

	/**
	 * Builds a {@link CustomToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Format format;

		private @Nullable Boolean deferLoading;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "custom";
		}

		private Builder(CustomToolParam source) {
			this.type = source.type();
			this.name = source.name();
			this.description = source.description();
			this.format = source.format();
			this.deferLoading = source.deferLoading();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the custom tool, used to identify it in tool calls.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Optional description of the custom tool, used to provide more context.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * The input format for the custom tool.
		 * @param format the value
		 * @return this builder
		 */
		public Builder format(@Nullable Format format) {
			this.format = format;
			return this;
		}

		/**
		 * Whether this tool should be deferred and discovered via tool search.
		 * @param deferLoading the value
		 * @return this builder
		 */
		public Builder deferLoading(@Nullable Boolean deferLoading) {
			this.deferLoading = deferLoading;
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
		public CustomToolParam build() {
			return new CustomToolParam(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					this.description, this.format, this.deferLoading, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CustomToolParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CustomToolParam> {

		Reader() {
			super(CustomToolParam.class, "type", "name", "description", "format", "defer_loading");
		}

		@Override
		protected CustomToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CustomToolParam((String) values[0], (String) values[1], (String) values[2], (Format) values[3],
					(Boolean) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CustomToolParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CustomToolParam> {

		Writer() {
			super(CustomToolParam.class, "type", "name", "description", "format", "defer_loading");
		}

		@Override
		protected @Nullable Object value(CustomToolParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.description();
				case 3 -> record.format();
				case 4 -> record.deferLoading();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CustomToolParam record) {
			return record.additionalProperties();
		}

	}
}
