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
 * An x/y coordinate pair, e.g. {@code { x: 100, y: 200 }}.
 *
 * @param x The x-coordinate.
 * @param y The y-coordinate.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DragPoint.Reader.class)
public record DragPoint(@JsonProperty("x") Long x, @JsonProperty("y") Long y,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DragPoint}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param x The x-coordinate.
	 * @param y The y-coordinate.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DragPoint {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DragPoint}.
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
	 * Builds a {@link DragPoint}.
	 */
	public static final class Builder {

		private @Nullable Long x;

		private @Nullable Long y;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(DragPoint source) {
			this.x = source.x();
			this.y = source.y();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The x-coordinate.
		 * @param x the value (required)
		 * @return this builder
		 */
		public Builder x(@Nullable Long x) {
			this.x = x;
			return this;
		}

		/**
		 * The y-coordinate.
		 * @param y the value (required)
		 * @return this builder
		 */
		public Builder y(@Nullable Long y) {
			this.y = y;
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
		public DragPoint build() {
			return new DragPoint(Objects.requireNonNull(this.x, "'x' is required"),
					Objects.requireNonNull(this.y, "'y' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DragPoint} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DragPoint> {

		Reader() {
			super(DragPoint.class, "x", "y");
		}

		@Override
		protected DragPoint create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new DragPoint((Long) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DragPoint} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DragPoint> {

		Writer() {
			super(DragPoint.class, "x", "y");
		}

		@Override
		protected @Nullable Object value(DragPoint record, int index) {
			return switch (index) {
				case 0 -> record.x();
				case 1 -> record.y();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DragPoint record) {
			return record.additionalProperties();
		}

	}
}
