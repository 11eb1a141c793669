package dev.reactiveai.openai.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.reactiveai.openai.json.internal.DriftTolerance;
import dev.reactiveai.openai.json.internal.GeneratedWriters;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper set up for the OpenAI API. The client keeps its own mapper so that an
 * application's Jackson settings cannot change what goes over the wire.
 */
public final class OpenAiJson {

	private OpenAiJson() {
	}

	/**
	 * A builder of the API's mapper, for callers who need to add to it.
	 * <ul>
	 * <li>snake_case property names, as the API uses;</li>
	 * <li>absent (null) values are not sent;</li>
	 * <li>unknown properties and nulls for primitives never fail: a newer API must not
	 * break an older client;</li>
	 * <li>a property whose JSON is not of the shape its type says does not cost the
	 * object that has it: the object is read, that component is null and the property is
	 * kept as it came in {@code additionalProperties}, to be written back unchanged;</li>
	 * <li>the generated records are written by their generated writers, without
	 * reflection, to the JSON that Jackson's bean serializer writes
	 * ({@link GeneratedWriters}); other mappers write them with Jackson's.</li>
	 * </ul>
	 * @return the builder
	 */
	public static JsonMapper.Builder mapperBuilder() {
		return settings().addModule(new GeneratedWriters());
	}

	private static JsonMapper.Builder settings() {
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.addModule(new DriftTolerance());
	}

	/**
	 * A builder of the API's mapper that reads the generated records with Jackson's
	 * reflective bean deserializer, as {@link DriftTolerance} sets it up, instead of
	 * their generated {@link RecordDeserializer}s, and writes them with Jackson's
	 * reflective bean serializer instead of their generated writers: both read the same
	 * JSON to the same values and write the same values to the same JSON, which tests
	 * check and benchmarks compare.
	 * @return the builder
	 */
	public static JsonMapper.Builder reflectiveMapperBuilder() {
		return settings().annotationIntrospector(new JacksonAnnotationIntrospector() {

			private static final long serialVersionUID = 1L;

			@Override
			public @Nullable Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
				Object deserializer = super.findDeserializer(config, annotated);
				return (deserializer instanceof Class<?> type && RecordDeserializer.isGenerated(type)) ? null
						: deserializer;
			}

		});
	}

	/**
	 * The API's mapper.
	 * @return a new mapper
	 */
	public static JsonMapper mapper() {
		return mapperBuilder().build();
	}

}
