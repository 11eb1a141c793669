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
 * The query parameters of {@code GET /skills/{skill_id}/versions}: List skill versions
 * for a skill.
 *
 * @param limit Number of versions to retrieve.
 * @param order Sort order of results by version number.
 * @param after The skill version ID to start after.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SkillsVersionsListParams.Reader.class)
public record SkillsVersionsListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") @Nullable OrderEnum order, @JsonProperty("after") @Nullable String after,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link SkillsVersionsListParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param limit Number of versions to retrieve.
	 * @param order Sort order of results by version number.
	 * @param after The skill version ID to start after.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SkillsVersionsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SkillsVersionsListParams}.
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
	 * Builds a {@link SkillsVersionsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable OrderEnum order;

		private @Nullable String after;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(SkillsVersionsListParams source) {
			this.limit = source.limit();
			this.order = source.order();
			this.after = source.after();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Number of versions to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Sort order of results by version number.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable OrderEnum order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order of results by version number.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(OrderEnum.of(value));
		}

		/**
		 * The skill version ID to start after.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
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
		public SkillsVersionsListParams build() {
			return new SkillsVersionsListParams(this.limit, this.order, this.after, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SkillsVersionsListParams} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SkillsVersionsListParams> {

		Reader() {
			super(SkillsVersionsListParams.class, "limit", "order", "after");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> OrderEnum.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected SkillsVersionsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SkillsVersionsListParams((Long) values[0], (OrderEnum) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link SkillsVersionsListParams} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SkillsVersionsListParams> {

		Writer() {
			super(SkillsVersionsListParams.class, "limit", "order", "after");
		}

		@Override
		protected @Nullable Object value(SkillsVersionsListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.order();
				case 2 -> record.after();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SkillsVersionsListParams record) {
			return record.additionalProperties();
		}

	}
}
