/**
 * A note's identifier as a URI, for exports that need one (Web Annotation `id`, ClaimReview `url`).
 * Claimlight's notes have UUIDs, which become `urn:uuid:`; any other id (older or hand-made records)
 * gets a Claimlight URN, percent-encoded, so the output is a valid URI either way.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `urn:uuid:<lower-case uuid>`, or `urn:claimlight:note:<encoded id>` for ids that are not UUIDs. */
export function noteUrn(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:claimlight:note:${encodeURIComponent(id)}`;
}
