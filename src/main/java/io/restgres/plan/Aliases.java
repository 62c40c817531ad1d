package io.restgres.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The aliases of embedded relations, named as PostgREST names them because PostgreSQL's errors
 * quote them ({@code column messages_1.sum does not exist}, {@code table name
 * "best_friends_users_1" specified more than once}): the embedded relation is {@code
 * <relation>_<depth>}, its lateral subquery in the parent {@code <parent>_<embed name>_<depth>}.
 * Two embeds under one output name thus collide at the same depth, and PostgreSQL refuses the
 * statement (42712) as it refuses PostgREST's, instead of a JSON object with a key twice. Unlike
 * PostgREST, an alias never exceeds PostgreSQL's 63-byte identifier limit, where it would be
 * silently truncated and could collide: a long one is cut and ends in a hash of the whole.
 */
final class Aliases {
  static final int MAX_BYTES = 63;
  private static final int HASH_CHARS = 12;

  private Aliases() {}

  /** The alias of a relation embedded at {@code depth} (the root is depth 0). */
  static String relation(String relation, int depth) {
    return limit(relation + "_" + depth);
  }

  /** The alias of the lateral subquery of an embed named {@code name} in {@code parent}. */
  static String lateral(String parent, String name, int depth) {
    return limit(parent + "_" + name + "_" + depth);
  }

  static String limit(String alias) {
    // a UTF-16 char is at most 3 UTF-8 bytes: most aliases are short enough not to be encoded
    if (alias.length() <= MAX_BYTES / 3 || alias.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return alias;
    }
    String hash = hash(alias);
    int budget = MAX_BYTES - HASH_CHARS - 1;
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < alias.length(); ) {
      int cp = alias.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > budget) {
        break;
      }
      b.appendCodePoint(cp);
      used += size;
      i += Character.charCount(cp);
    }
    return b.append('_').append(hash).toString();
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
