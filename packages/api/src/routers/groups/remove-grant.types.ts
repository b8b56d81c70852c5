export { ZRemoveGrantInput, ZRemoveGrantOutput } from "../roles/remove-grant.types";
