import { z } from 'zod';

const timeRange = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must look like 09:00-17:00');

const weekday = z.union([timeRange, z.literal('closed')]);

/** The one file a clinic edits to make the bot its own (knowledge/clinic.yml). */
export const clinicProfileSchema = z.object({
  name: z.string().min(2),
  /** As patients should see it, e.g. "(555) 555-0100". */
  phone: z.string().regex(/\d{3}.*\d{4}/, 'must be a phone number'),
  email: z.string().email().optional(),
  /** IANA time zone, e.g. America/Chicago. */
  timezone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/Chicago'),
  hours: z.object({ mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: weekday, sun: weekday }),
  address: z.string().min(5),
  booking_url: z.string().url(),
  /** ISO 3166 alpha-2 country code; chooses the crisis resources shown. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as US'),
  /** Brand colours for the web chat page. */
  colors: z.object({ primary: z.string().regex(/^#[0-9a-fA-F]{6}$/), accent: z.string().regex(/^#[0-9a-fA-F]{6}$/) }),
  /** Treatments this clinic offers. */
  treatments: z.object({ iv_ketamine: z.boolean(), spravato: z.boolean() }),
  prices: z.object({
    iv_infusion: z.string(),
    iv_course: z.string().optional(),
    spravato: z.string(),
    evaluation: z.string().optional(),
  }),
  payment: z.object({
    insurance: z.string(),
    hsa_fsa: z.string(),
    superbill: z.string(),
    payment_plans: z.string().optional(),
  }),
  fasting: z.object({ iv: z.string(), spravato: z.string() }),
  arrival: z.string(),
  cancellation_policy: z.string(),
  /** The clinicians who may approve knowledge entries with npm run kb:approve. */
  reviewers: z.array(z.object({ name: z.string().trim().min(3), credentials: z.string().trim().min(2) })).default([]),
});

export type ClinicProfile = z.infer<typeof clinicProfileSchema>;
