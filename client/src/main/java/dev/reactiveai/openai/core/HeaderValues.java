package dev.reactiveai.openai.core;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Checks of header names and values, so that no header can smuggle a line break onto the
 * wire.
 */
final class HeaderValues {

	private HeaderValues() {
	}

	static boolean hasLineBreak(String value) {
		return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
	}

	static void checkName(String name) {
		Assert.hasText(name, "Header names must not be empty");
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			Assert.isTrue(c > ' ' && c < 127 && c != ':',
					() -> "Header name '" + name.strip() + "' contains a character that is not allowed");
		}
	}

	static @Nullable String checked(String name, @Nullable String value) {
		if (value != null && hasLineBreak(value)) {
			throw new IllegalArgumentException("The value of header '" + name + "' contains a line break");
		}
		return value;
	}

}
