package dev.reactiveai.openai.json.internal;

import java.lang.reflect.RecordComponent;

/**
 * How {@link RecordDeserializer} reads a property: the common scalar types and open enums
 * straight from the parser's token, anything else through the property's deserializer.
 */
final class PropertyKinds {

	/** Read by the property's deserializer. */
	static final int OTHER = 0;

	static final int STRING = 1;

	static final int LONG = 2;

	static final int DOUBLE = 3;

	static final int BOOLEAN = 4;

	static final int OPEN_ENUM = 5;

	/** A generated record, for {@link RecordDeserializer#readDirect}. */
	static final int RECORD = 6;

	/** A list of generated records, for {@link RecordDeserializer#readDirect}. */
	static final int RECORD_LIST = 7;

	private PropertyKinds() {
	}

	/**
	 * The kind of a property of a type.
	 * @param raw the property's type
	 * @return its kind
	 */
	static int of(Class<?> raw) {
		if (raw == String.class) {
			return STRING;
		}
		if (raw == Long.class) {
			return LONG;
		}
		if (raw == Double.class) {
			return DOUBLE;
		}
		if (raw == Boolean.class) {
			return BOOLEAN;
		}
		if (isOpenEnum(raw)) {
			return OPEN_ENUM;
		}
		return OTHER;
	}

	/** An open enum is a record of one string read through its {@code of(String)}. */
	private static boolean isOpenEnum(Class<?> raw) {
		if (!raw.isRecord()) {
			return false;
		}
		RecordComponent[] components = raw.getRecordComponents();
		if (components.length != 1 || components[0].getType() != String.class) {
			return false;
		}
		try {
			return raw.getMethod("of", String.class).getReturnType() == raw;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

}
