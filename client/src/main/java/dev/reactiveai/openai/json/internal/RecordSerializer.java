package dev.reactiveai.openai.json.internal;

import java.lang.reflect.RecordComponent;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyMetadata;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.impl.PropertySerializerMap;
import tools.jackson.databind.ser.jdk.MapSerializer;
import tools.jackson.databind.util.ClassUtil;

/**
 * Writes a generated record as Jackson's reflective bean serializer writes it with
 * {@code OpenAiJson}'s settings, without reflection: the generated subclass knows the
 * properties' JSON names and reads the components itself.
 * <p>
 * What it writes is what the reflective writing gives: the components in their order (as
 * Jackson orders a record's creator properties), each under its JSON name, encoded once;
 * a null component left out (the mapper's {@code NON_NULL} inclusion) or written as
 * {@code null} when the mapper includes nulls; then the additional properties, as they
 * came, written by the map serializer that Jackson gives a {@code @JsonAnyGetter}.
 * Strings, integers, numbers, booleans and open enums are written in place when Jackson
 * would write them with its own serializer of the type; any other value is written by the
 * serializer Jackson finds for it, the declared type's when the type is final, else the
 * runtime class's, kept per property as Jackson keeps it ({@link PropertySerializerMap}).
 * <p>
 * {@link GeneratedWriters} finds the generated subclass of a record for the mappers that
 * register it ({@code OpenAiJson}'s); other mappers write the records with Jackson's bean
 * serializer.
 *
 * @param <T> the record
 */
public abstract class RecordSerializer<T> extends ValueSerializer<T> {

	private final Class<T> type;

	private final SerializableString[] names;

	/** The writing of each property: one of {@link PropertyKinds}. */
	private final int[] kinds;

	/** The serializer of each property whose declared type is final, else null. */
	private final @Nullable ValueSerializer<Object>[] serializers;

	/**
	 * The serializers of each property's runtime classes, for a property whose declared
	 * type is not final.
	 */
	private final @Nullable PropertySerializerMap[] dynamic;

	/** Each property's declared type, specialized to a value's runtime class. */
	private final @Nullable JavaType[] types;

	private final BeanProperty[] properties;

	private boolean writeNulls;

	private @Nullable MapSerializer additionalProperties;

	/**
	 * Creates the serializer of a record.
	 * @param type the record, whose last component holds the additional properties
	 * @param names the JSON names of its other components, in their order
	 */
	@SuppressWarnings("unchecked")
	protected RecordSerializer(Class<T> type, String... names) {
		this.type = type;
		this.names = new SerializableString[names.length];
		for (int i = 0; i < names.length; i++) {
			this.names[i] = new SerializedString(names[i]);
		}
		this.kinds = new int[names.length];
		this.serializers = new ValueSerializer[names.length];
		this.dynamic = new PropertySerializerMap[names.length];
		this.types = new JavaType[names.length];
		this.properties = new BeanProperty[names.length];
	}

	/**
	 * The value of a component of the record.
	 * @param record the record
	 * @param index the component's index, below the number of names
	 * @return its value, null when absent
	 */
	protected abstract @Nullable Object value(T record, int index);

	/**
	 * The additional properties of the record, its last component.
	 * @param record the record
	 * @return the properties
	 */
	protected abstract Map<String, Object> additionalProperties(T record);

	@Override
	public void resolve(SerializationContext context) {
		RecordComponent[] components = this.type.getRecordComponents();
		if (components.length != this.names.length + 1) {
			throw new IllegalStateException(this.type.getName() + " has " + components.length
					+ " components but its serializer knows " + this.names.length + " and one for the others");
		}
		for (int i = 0; i < this.names.length; i++) {
			JavaType propertyType = context.constructType(components[i].getGenericType());
			BeanProperty property = new BeanProperty.Std(PropertyName.construct(this.names[i].getValue()), propertyType,
					null, null, PropertyMetadata.STD_OPTIONAL);
			this.properties[i] = property;
			if (!propertyType.isFinal()) {
				// As Jackson's bean properties: by the value's runtime class, keeping the
				// declared type's parameters.
				this.dynamic[i] = PropertySerializerMap.emptyForProperties();
				this.types[i] = (propertyType.isContainerType() || propertyType.containedTypeCount() > 0) ? propertyType
						: null;
				continue;
			}
			ValueSerializer<Object> serializer = context.findPrimaryPropertySerializer(propertyType, property);
			this.serializers[i] = serializer;
			// Written in place only where Jackson's own serializer of the type would
			// write
			// it: a module's serializer of, say, strings is used as Jackson would use it.
			this.kinds[i] = ClassUtil.isJacksonStdImpl(serializer) ? PropertyKinds.of(propertyType.getRawClass())
					: PropertyKinds.OTHER;
		}
		this.writeNulls = writesNulls(context);
		this.additionalProperties = additionalPropertiesSerializer(context, components[this.names.length]);
	}

	/**
	 * Whether the mapper writes null properties, from its default inclusion: Jackson's
	 * bean serializer leaves them out for {@code NON_NULL} and {@code NON_ABSENT} (the
	 * same for the records' types, none of which is a reference type).
	 */
	private boolean writesNulls(SerializationContext context) {
		JsonInclude.Include inclusion = context.getConfig().getDefaultPropertyInclusion(this.type).getValueInclusion();
		return switch (inclusion) {
			case NON_NULL, NON_ABSENT -> false;
			case ALWAYS, USE_DEFAULTS -> true;
			default -> throw new IllegalStateException("The generated serializer of " + this.type.getName()
					+ " leaves out null properties or writes them all, but the mapper's default inclusion is "
					+ inclusion + ": include NON_NULL (as OpenAiJson.mapperBuilder() does) or ALWAYS, "
					+ "or write the records with OpenAiJson.reflectiveMapperBuilder()");
		};
	}

	/**
	 * The serializer of the additional properties, as Jackson's bean serializer factory
	 * makes it for a {@code @JsonAnyGetter} map.
	 */
	private MapSerializer additionalPropertiesSerializer(SerializationContext context, RecordComponent component) {
		JavaType mapType = context.constructType(component.getGenericType());
		JavaType valueType = mapType.getContentType();
		TypeSerializer typeSerializer = context.findTypeSerializer(valueType);
		MapSerializer serializer = MapSerializer.construct(mapType,
				context.getConfig().isEnabled(MapperFeature.USE_STATIC_TYPING), typeSerializer, null, null, null, null,
				null);
		BeanProperty property = new BeanProperty.Std(PropertyName.construct(component.getName()), valueType, null, null,
				PropertyMetadata.STD_OPTIONAL);
		ValueSerializer<?> contextual = context.handlePrimaryContextualization(serializer, property);
		if (!(contextual instanceof MapSerializer map)) {
			throw new IllegalStateException("The additional properties of " + this.type.getName()
					+ " have a serializer that cannot write them into the record's object: " + contextual);
		}
		return map;
	}

	@Override
	public Class<T> handledType() {
		return this.type;
	}

	@Override
	public void serialize(T record, JsonGenerator generator, SerializationContext context) throws JacksonException {
		generator.writeStartObject(record);
		writeProperties(record, generator, context);
		generator.writeEndObject();
	}

	@Override
	public void serializeWithType(T record, JsonGenerator generator, SerializationContext context,
			TypeSerializer typeSerializer) throws JacksonException {
		WritableTypeId typeId = typeSerializer.writeTypePrefix(generator, context,
				typeSerializer.typeId(record, JsonToken.START_OBJECT));
		writeProperties(record, generator, context);
		typeSerializer.writeTypeSuffix(generator, context, typeId);
	}

	private void writeProperties(T record, JsonGenerator generator, SerializationContext context) {
		for (int i = 0; i < this.names.length; i++) {
			Object value = value(record, i);
			if (value == null) {
				if (this.writeNulls) {
					generator.writeName(this.names[i]);
					context.defaultSerializeNullValue(generator);
				}
				continue;
			}
			generator.writeName(this.names[i]);
			switch (this.kinds[i]) {
				case PropertyKinds.STRING -> generator.writeString((String) value);
				case PropertyKinds.LONG -> generator.writeNumber((long) (Long) value);
				case PropertyKinds.DOUBLE -> generator.writeNumber((double) (Double) value);
				case PropertyKinds.BOOLEAN -> generator.writeBoolean((Boolean) value);
				// An open enum's @JsonValue is its string, which is also its toString().
				case PropertyKinds.OPEN_ENUM -> generator.writeString(value.toString());
				default -> serializer(i, value, context).serialize(value, generator, context);
			}
		}
		Map<String, Object> additionalProperties = additionalProperties(record);
		if (!additionalProperties.isEmpty()) {
			additionalPropertiesSerializer().serializeWithoutTypeInfo(additionalProperties, generator, context);
		}
	}

	private ValueSerializer<Object> serializer(int index, Object value, SerializationContext context) {
		ValueSerializer<Object> serializer = this.serializers[index];
		if (serializer != null) {
			return serializer;
		}
		PropertySerializerMap map = this.dynamic[index];
		if (map == null) {
			throw new IllegalStateException("Not resolved: " + this.type.getName() + "'s serializer");
		}
		Class<?> runtime = value.getClass();
		serializer = map.serializerFor(runtime);
		if (serializer != null) {
			return serializer;
		}
		JavaType declared = this.types[index];
		JavaType type = (declared != null) ? context.constructSpecializedType(declared, runtime)
				: context.constructType(runtime);
		PropertySerializerMap.SerializerAndMapResult result = map.findAndAddPrimarySerializer(type, context,
				this.properties[index]);
		this.dynamic[index] = result.map;
		return result.serializer;
	}

	private MapSerializer additionalPropertiesSerializer() {
		if (this.additionalProperties == null) {
			throw new IllegalStateException("Not resolved: " + this.type.getName() + "'s serializer");
		}
		return this.additionalProperties;
	}

}
