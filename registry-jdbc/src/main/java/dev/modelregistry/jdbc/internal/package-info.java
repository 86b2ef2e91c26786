/**
 * Implementation of the JDBC store; not API. Transaction handling, SQL, dialect differences,
 * documents and schema migration each live in their own small class.
 */
@NullMarked
package dev.modelregistry.jdbc.internal;

import org.jspecify.annotations.NullMarked;
