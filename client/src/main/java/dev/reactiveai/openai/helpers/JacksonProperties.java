package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties that a mapper writes and reads for a class, as Jackson itself finds them
 * (record components, fields with getters, {@code @JsonProperty} names, the naming
 * strategy, {@code @JsonIgnore}, {@code @JsonPropertyOrder}): the schema must name and
 * order properties exactly as the mapper that reads the answer back does.
 */
final class JacksonProperties {

	private final JsonMapper mapper;

	private final Map<JavaType, List<BeanPropertyDefinition>> properties = new ConcurrentHashMap<>();

	JacksonProperties(JsonMapper mapper) {
		this.mapper = mapper;
	}

	JsonMapper mapper() {
		return this.mapper;
	}

	JavaType type(Class<?> type) {
		return this.mapper.getTypeFactory().constructType(type);
	}

	/**
	 * The properties of a type, in the order the mapper writes them.
	 * @param type the type
	 * @return its properties
	 */
	List<BeanPropertyDefinition> of(JavaType type) {
		return this.properties.computeIfAbsent(type, (key) -> {
			ClassIntrospector introspector = this.mapper.serializationConfig().classIntrospectorInstance();
			BeanDescription description = introspector.introspectForSerialization(key,
					introspector.introspectClassAnnotations(key));
			return List.copyOf(description.findProperties());
		});
	}

	/**
	 * The property of a type that a Java field or record component is.
	 * @param type the declaring type
	 * @param fieldName the field's name
	 * @return the property, or null when the mapper has none for it
	 */
	@Nullable BeanPropertyDefinition property(Class<?> type, String fieldName) {
		for (BeanPropertyDefinition property : of(type(type))) {
			if (property.getInternalName().equals(fieldName)) {
				return property;
			}
		}
		return null;
	}

}
