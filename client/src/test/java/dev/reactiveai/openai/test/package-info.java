/**
 * Test support shared by the modules' test suites.
 */
@NullMarked
package dev.reactiveai.openai.test;

import org.jspecify.annotations.NullMarked;
