// What a person wrote down by reading a job description, a job-family page, or a file that is not a job description.

/** One role (a posting, or one level of a job-family page). A field left out was not decided by the reader of the document. */
export interface RoleFacts {
  /** The title as a person reads it. */
  title: string;
  /** The level or grade as written ("AS-03", "G7", "GS-14"). */
  level?: string;
  /** The job grade a family page gives the level ("grade 7"). */
  grade?: number;
  location?: string;
  responsibilities?: number;
  requirements?: number;
  preferred?: number;
  /** The years of experience the role asks for; null when it asks for none. */
  experienceYears?: number | null;
  /** Words each certification or licence the role asks for contains. */
  certifications?: string[];
}

export interface JobDescriptionFacts {
  /** Set for a file that is not a job description: a word of what the file looks like, which the refusal must name. */
  notAJobDescription?: string;
  /** Every role, in order; one for a single posting. */
  roles?: RoleFacts[];
  /** Headings of the document that are not roles ("Job Grade", "Hiring Process"). */
  notRoles?: string[];
  /** The competencies of a scoring framework a person matches the role to at once. */
  matching?: { framework: string; role?: string; competencies: string[] };
}
