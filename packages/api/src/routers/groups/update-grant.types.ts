export { ZUpdateGrantInput, ZUpdateGrantOutput } from "../roles/update-grant.types";
