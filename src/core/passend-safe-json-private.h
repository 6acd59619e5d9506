/* passend-safe-json-private.h - what the parts of the safe JSON reader
 * and writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for passend-safe-json.c (the tree builder), passend-safe-json-scan.c
 * (strings: UTF-8, escapes) and passend-safe-json-write.c.  The helpers
 * that look at eight or sixteen bytes at a time are static inline here,
 * so that the reader's and the writer's hot loops keep them inlined.
 */
#pragma once

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "passend-error.h"
#include "passend-safe-json.h"

G_BEGIN_DECLS

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  guint       depth;
  GError    **error;
  GString    *scratch;
  gboolean    build; /* FALSE: only check, allocate nothing */

  /* Elements of the top-level arrays named in stream_keys go to
   * stream_func one by one instead of into the tree. */
  const char *const     *stream_keys;
  PassendJsonElementFunc stream_func;
  gpointer               stream_data;
  const char            *stream_key; /* the array being streamed */

  /* The members of the streamed object being read: their names, one
   * after the other with their NULs, and past a few members a set of
   * them to find a duplicate at once. */
  GArray     *members;
  GString    *names;
  GHashTable *name_set;
} Parser;

static inline JsonNode *
fail (Parser *parser, PassendError code, const char *what)
{
  if (parser->error != NULL && *parser->error == NULL)
    g_set_error (parser->error, PASSEND_ERROR, code, "Byte %" G_GSIZE_FORMAT ": %s",
                 (gsize)(parser->p - parser->start), what);
  return NULL;
}

#ifdef __SSE2__
/* The same as special_bytes() for 16 bytes, with SSE2 (every x86-64 has
 * it): bit i of the result is set when byte i needs a closer look. */
static inline guint
special_bytes_16 (const char *p, gboolean allow_high)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *)p);
  __m128i low = _mm_set1_epi8 (0x1f);
  /* v <= 0x1f, unsigned: max (v, 0x1f) is 0x1f. */
  __m128i special = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')),
                                                _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\'))),
                                  _mm_cmpeq_epi8 (_mm_max_epu8 (v, low), low));
  guint   mask = (guint)_mm_movemask_epi8 (special);

  if (!allow_high)
    mask |= (guint)_mm_movemask_epi8 (v);

  return mask;
}
#endif

/* Looks at the 8 bytes at @p for those that need a closer look in a
 * string: a quote, backslash or control character, and with !@allow_high
 * any byte of a multi-byte UTF-8 character.  Most of a dossier is plain
 * text, so strings go by eight bytes at a time.
 *
 * Returns: 0 if there is none, else a mask with bit 7 of the first such
 *   byte set (higher bits may be set falsely: borrows) */
static inline guint64
special_bytes (const char *p, gboolean allow_high)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64       w, q, b, special;

  memcpy (&w, p, 8);
  q = w ^ (ones * '"');
  b = w ^ (ones * '\\');
  /* A zero byte in q or b, or a byte below 0x20 in w. */
  special = ((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w);
  if (!allow_high)
    special |= w;

  return special & highs;
}

/* How many plain bytes come before the first special one in a nonzero
 * special_bytes() mask: the lowest bit is exact, borrows only go up. */
static inline gsize
plain_prefix (guint64 special)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
  return __builtin_ctzll (special) / 8;
#else
  return 0; /* byte by byte from here */
#endif
}

/* How many of the @n bytes at @p need no closer look (see
 * special_bytes()), counted a block at a time: a tail shorter than a
 * block, and the bytes after a special one, are left to the caller. */
static inline gsize
plain_run (const char *p, gsize n, gboolean allow_high)
{
  gsize i = 0;

#ifdef __SSE2__
  while (n - i >= 16)
    {
      guint special = special_bytes_16 (p + i, allow_high);

      if (special != 0)
        return i + (gsize)__builtin_ctz (special);
      i += 16;
    }
#endif

  while (n - i >= 8)
    {
      guint64 special = special_bytes (p + i, allow_high);

      if (special != 0)
        return i + plain_prefix (special);
      i += 8;
    }

  return i;
}

/* Reads a string after its opening quote into parser->scratch. */
gboolean _passend_safe_json_parse_string_into_scratch (Parser *parser);

G_END_DECLS
