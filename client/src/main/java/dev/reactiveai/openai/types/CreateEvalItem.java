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
 * A chat message that makes up the prompt or context. May include variable references to
 * the {@code item} namespace, ie &#123;&#123;item.name&#125;&#125;.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = CreateEvalItem.Deserializer.class)
public sealed interface CreateEvalItem permits CreateEvalItem.SimpleInputMessage, EvalItem, CreateEvalItem.Unknown {

	/**
	 * SimpleInputMessage
	 *
	 * @param role The role of the message (e.g. "system", "assistant", "user").
	 * @param content The content of the message.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = SimpleInputMessage.Reader.class)
	record SimpleInputMessage(@JsonProperty("role") String role, @JsonProperty("content") String content,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements CreateEvalItem {

		/**
		 * Creates a {@link SimpleInputMessage}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param role The role of the message (e.g. "system", "assistant", "user").
		 * @param content The content of the message.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public SimpleInputMessage {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link SimpleInputMessage}.
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
		 * Builds a {@link SimpleInputMessage}.
		 */
		public static final class Builder {

			private @Nullable String role;

			private @Nullable String content;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(SimpleInputMessage source) {
				this.role = source.role();
				this.content = source.content();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The role of the message (e.g. "system", "assistant", "user").
			 * @param role the value (required)
			 * @return this builder
			 */
			public Builder role(@Nullable String role) {
				this.role = role;
				return this;
			}

			/**
			 * The content of the message.
			 * @param content the value (required)
			 * @return this builder
			 */
			public Builder content(@Nullable String content) {
				this.content = content;
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
			public SimpleInputMessage build() {
				return new SimpleInputMessage(Objects.requireNonNull(this.role, "'role' is required"),
						Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link SimpleInputMessage} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<SimpleInputMessage> {

			Reader() {
				super(SimpleInputMessage.class, "role", "content");
			}

			@Override
			protected SimpleInputMessage create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new SimpleInputMessage((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link SimpleInputMessage} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<SimpleInputMessage> {

			Writer() {
				super(SimpleInputMessage.class, "role", "content");
			}

			@Override
			protected @Nullable Object value(SimpleInputMessage record, int index) {
				return switch (index) {
					case 0 -> record.role();
					case 1 -> record.content();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(SimpleInputMessage record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link CreateEvalItem} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements CreateEvalItem, UnknownVariant {
	}

	/**
	 * Reads a {@link CreateEvalItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<CreateEvalItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<CreateEvalItem>variants(Unknown::new)
				.object(SimpleInputMessage.class,
						VariantShape.declaring("role", "content").requiring("role", "content"))
				.object(EvalItem.class,
						VariantShape.declaring("role", "content", "type")
							.requiring("role", "content")
							.values("type", "message")
							.values("role", "user", "assistant", "system", "developer")));
		}

	}

}
