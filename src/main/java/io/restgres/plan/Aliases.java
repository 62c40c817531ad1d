package io.restgres.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Generated SQL aliases: {@code pgrst_} plus a number unique within the request, readable words
 * after it, and never more than PostgreSQL's 63-byte identifier limit (a longer name would be
 * silently truncated and could collide): a long name is cut and ends in a hash of the whole.
 */
final class Aliases {
  static final int MAX_BYTES = 63;
  private static final int HASH_CHARS = 12;

  private Aliases() {}

  /** The alias of the relation read by node {@code n}. */
  static String relation(int n) {
    return "pgrst_" + n;
  }

  /** The alias of node {@code n}'s junction relation (many-to-many). */
  static String junction(int n) {
    return "pgrst_" + n + "_junction";
  }

  /** The alias of node {@code n}'s lateral subquery, named after the embed for readable plans. */
  static String lateral(int n, String name) {
    return limit("pgrst_" + n + "_" + name);
  }

  static String limit(String alias) {
    byte[] bytes = alias.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_BYTES) {
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
